/** Loa's mark in the navigation and the header, in place of Payload's icon. */
import { LoaMark } from './LoaLogo.js'

export const LoaIcon = () => (
  <span className="loa-icon" title="Loa">
    <LoaMark size={25} />
  </span>
)
