export { ItemDeliveries } from '../components/ItemDeliveries.js'
