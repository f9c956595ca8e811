/** Admin component paths (relative to the import map's baseDir, the project root). */
export const DELIVERIES_VIEW_COMPONENT = '/plugins/channel-publishing/src/components/DeliveriesView#DeliveriesView'
export const DELIVERIES_NAV_LINK_COMPONENT = '/plugins/channel-publishing/src/components/DeliveriesNavLink#DeliveriesNavLink'
export const DELIVERIES_VIEW_PATH = '/phat-hanh'
