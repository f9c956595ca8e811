/**
 * What the property-based bad-input suites throw at Loa: one value of any JSON type that a
 * careless or hostile client might put where a field, an action or an id is expected.
 */
import fc from 'fast-check'

export const hostileValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  // Past every text field's maxLength, and large enough to matter for a body.
  fc.constant('x'.repeat(5_000)),
  fc.constant('x'.repeat(20_000)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('<script>alert(1)</script><img src=x onerror=alert(2)>'),
  fc.constant('javascript:alert(1)'),
  fc.constant('2024-13-45T99:99:99Z'),
  fc.constant('not a date'),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
)
