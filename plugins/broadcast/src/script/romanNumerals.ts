const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/** The value of a well-formed Roman numeral (up to 3999), or null: "XIV" → 14, "IIV" → null. */
export const romanValue = (text: string): null | number => {
  if (!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(text) || !text) return null
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const value = VALUES[text[i]]
    const next = VALUES[text[i + 1]] ?? 0
    total += value < next ? -value : value
  }
  return total
}
