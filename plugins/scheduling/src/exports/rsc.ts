export { CalendarNavLink } from '../components/CalendarNavLink.js'
export { CalendarView } from '../components/CalendarView.js'
export { CalendarBoard } from '../components/CalendarBoard.js'
export { loadCalendarBoardProps } from '../components/loadCalendarBoardProps.js'
