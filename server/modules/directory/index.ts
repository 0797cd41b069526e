export { directoryRoutes } from './directory.routes';
export { sendStaleReminders } from './reminders.service';
export { seedDemoDirectory } from './demo';
