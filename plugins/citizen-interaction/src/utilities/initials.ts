/**
 * The asker's name as the public sees it: initials only ("Nguyễn Văn An" → "N.V.A."), so an
 * answered question can be published without naming the person who asked.
 */
export const initialsOf = (name: string): string => {
  const words = name
    .normalize('NFC')
    .split(/[\s\-–—.,]+/u)
    .filter((word) => /\p{L}/u.test(word))
  if (!words.length) return 'Ẩn danh'
  return words.map((word) => `${Array.from(word.replace(/[^\p{L}]/gu, ''))[0]?.toLocaleUpperCase('vi')}.`).join('')
}
