import crypto from 'node:crypto'

/** An iCalendar response with a strong ETag; a matching If-None-Match gets a 304. */
export const icsResponse = ({
  body,
  filename,
  isAttachment,
  request,
}: {
  body: string
  filename: string
  isAttachment?: boolean
  request: { headers: Headers }
}): Response => {
  const etag = `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
  const headers = {
    'Cache-Control': 'public, max-age=300',
    'Content-Disposition': `${isAttachment ? 'attachment' : 'inline'}; filename="${filename}"`,
    'Content-Type': 'text/calendar; charset=utf-8',
    ETag: etag,
  }
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) return new Response(null, { headers, status: 304 })
  return new Response(body, { headers, status: 200 })
}
