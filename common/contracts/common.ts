import { Type, type TSchema } from 'typebox';
import { ERROR_CODES, FIELD_REASONS } from '../errors';
import { LIMITS } from '../limits';
import { LOCALE_CODES } from '../locales';

/** `t` or null. */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** One of the six UN languages. */
export const LocaleSchema = Type.Enum([...LOCALE_CODES]);

/** A UUID path or body id. */
export const IdSchema = Type.String({ format: 'uuid' });

/** `{ id }` path parameters. */
export const IdParams = Type.Object({ id: IdSchema }, { additionalProperties: false });

/** Paging query parameters shared by every list. */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.pageSizeMax })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
};

/** A page of `item`. */
export function PageOf<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });
}

/** Why one field was rejected. */
const FieldProblemSchema = Type.Object({
  field: Type.String(),
  reason: Type.Enum([...FIELD_REASONS]),
  limit: Type.Optional(Type.Union([Type.Number(), Type.String()])),
});

/** The body of every error response. */
export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.Enum([...ERROR_CODES]),
    message: Type.String(),
    details: Type.Optional(
      Type.Object({
        fields: Type.Optional(Type.Array(FieldProblemSchema)),
        rows: Type.Optional(
          Type.Array(
            Type.Object({
              row: Type.Integer(),
              fields: Type.Array(FieldProblemSchema),
            }),
          ),
        ),
      }),
    ),
  }),
});

/** A name in each of the six languages. */
export const LocalizedNames = Type.Object({
  ar: Type.String(),
  zh: Type.String(),
  en: Type.String(),
  fr: Type.String(),
  ru: Type.String(),
  es: Type.String(),
});
