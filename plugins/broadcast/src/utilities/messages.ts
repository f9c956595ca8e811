/**
 * Messages a user reads when input is refused: Vietnamese first, then English, in one string,
 * as every Loa error is.
 */
export const bilingual = (vi: string, en: string): string => `${vi} / ${en}`

export const MESSAGES = {
  audioDoesNotDecode: bilingual('Tệp âm thanh không giải mã được (chỉ nhận MP3, WAV hoặc M4A)', 'The audio file does not decode (MP3, WAV or M4A only)'),
  audioMissing: bilingual('Chưa có tệp âm thanh', 'No audio file was sent'),
  audioTooLong: (maxSeconds: number, seconds: number) =>
    bilingual(
      `Tệp âm thanh dài ${Math.round(seconds)} giây, vượt mức tối đa ${maxSeconds} giây`,
      `The audio lasts ${Math.round(seconds)} seconds, longer than the maximum of ${maxSeconds} seconds`,
    ),
  notStaff: bilingual('Chỉ cán bộ đã đăng nhập mới được tạo kịch bản', 'Only signed-in staff may make a script'),
  bodyNotJson: bilingual('Nội dung yêu cầu phải là JSON', 'The request body must be JSON'),
  textRequired: bilingual('Trường "text" phải là một chuỗi không rỗng', 'Field "text" must be a non-empty string'),
  textTooLong: (max: number) => bilingual(`Trường "text" dài quá ${max} ký tự`, `Field "text" is longer than ${max} characters`),
  unknownAreas: (ids: string[]) => bilingual(`Địa bàn không tồn tại: ${ids.join(', ')}`, `Unknown area: ${ids.join(', ')}`),
  unknownCollection: bilingual('Trường "collection" không phải loại nội dung có bản tin', 'Field "collection" is not a collection with bulletins'),
  idRequired: bilingual('Trường "id" phải là mã của nội dung', 'Field "id" must be the item id'),
  itemNotFound: bilingual('Không tìm thấy nội dung này', 'No such item'),
  scriptEmpty: bilingual('Kịch bản trống: không có gì để đọc', 'The script is empty: nothing to read'),
  synthesizerMissing: (tool: string) =>
    bilingual(
      `Không tìm thấy chương trình "${tool}" để tổng hợp giọng đọc; cài gói Debian espeak-ng và lame`,
      `The program "${tool}" for speech synthesis was not found; install the Debian packages espeak-ng and lame`,
    ),
}
