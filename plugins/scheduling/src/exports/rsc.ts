export { CalendarNavLink } from '../components/CalendarNavLink.js'
export { CalendarView } from '../components/CalendarView.js'
