import { useAllStates } from './states.api';

/** `<option>`s for every State, for any State picker. */
export function StateOptions({ only }: { only?: string | null }) {
  const states = useAllStates();
  return <>{states.data?.items.filter((s) => !only || s.code === only).map((s) => <option key={s.code} value={s.code}>{s.name}</option>)}</>;
}
