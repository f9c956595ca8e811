/** The middle value of a sample (the upper one of the two middles for an even count). */
export const medianOf = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
