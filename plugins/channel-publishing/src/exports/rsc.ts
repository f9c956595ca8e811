export { DeliveriesNavLink } from '../components/DeliveriesNavLink.js'
export { DeliveriesView } from '../components/DeliveriesView.js'
