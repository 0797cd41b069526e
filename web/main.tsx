import { createRoot } from 'react-dom/client';
import { setApiLocale } from './api/client';
import { App } from './app/App';
import { initialLocale, loadMessages } from './i18n/locale';
import './styles/app.css';

const locale = initialLocale();
setApiLocale(locale);
document.documentElement.lang = locale;
// The catalog is fetched before the first paint so no text flashes in the wrong language.
const messages = await loadMessages(locale);
createRoot(document.getElementById('root')!).render(<App locale={locale} messages={messages} />);
