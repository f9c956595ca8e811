/** Filling an emergency alert template: the wording read out, and every refusal named by field. */
import { DEFAULT_ALERT_TEMPLATES, fillAlertTemplate, sanitizeBroadcastConfig } from '@loa/plugin-broadcast'

const flood = DEFAULT_ALERT_TEMPLATES.find((template) => template.hazard === 'flood')!

describe('fillAlertTemplate', () => {
  it('fills every placeholder and drops an empty optional one without leaving a gap', () => {
    const result = fillAlertTemplate(flood, { song: 'sông Mã', mucNuoc: 'báo động 3', thoiGian: '19 giờ hôm nay', dienThoai: '0237 3852 155' })
    expect(result).toEqual({
      ok: true,
      title: 'Khẩn cấp: lũ trên sông Mã',
      script:
        'Thông báo khẩn. Mực nước sông Mã đang lên nhanh, dự kiến đạt báo động 3 vào 19 giờ hôm nay. ' +
        'Đề nghị bà con vùng trũng thấp và ven sông di chuyển người, tài sản đến nơi cao, không qua ngầm, tràn đang có nước chảy xiết. ' +
        'Khi cần hỗ trợ, gọi 0237 3852 155.',
    })
  })

  it('names each field that is missing, unknown, not text or too long', () => {
    const result = fillAlertTemplate(flood, { song: ' ', mucNuoc: 3, thoiGian: 'x'.repeat(501), dienThoai: '113', tenBao: 'số 5' })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.map((problem) => problem.field).sort()).toEqual(['values.mucNuoc', 'values.song', 'values.tenBao', 'values.thoiGian'])
    expect(fillAlertTemplate(flood, ['sông Mã'])).toEqual({ ok: false, problems: [{ field: 'values', message: 'must be an object of field → text' }] })
  })

  it('ships storm, flood, fire and epidemic, each using only the fields it declares', () => {
    expect(DEFAULT_ALERT_TEMPLATES.map((template) => template.hazard)).toEqual(['storm', 'flood', 'fire', 'epidemic'])
    for (const template of DEFAULT_ALERT_TEMPLATES) {
      const values = Object.fromEntries(template.fields.map((field) => [field.key, 'X']))
      const filled = fillAlertTemplate(template, values)
      expect(filled.ok && /[{}]/.test(filled.script + filled.title)).toBe(false)
    }
  })
})

describe('the alerts option', () => {
  const steps = { submit: async () => undefined, approveAndPublish: async () => undefined }
  it('must name one of the bulletin collections and give both review steps', () => {
    expect(() => sanitizeBroadcastConfig({ collections: ['posts' as never], alerts: { collection: 'pages' as never, ...steps } })).toThrow('alerts.collection "pages"')
    expect(() => sanitizeBroadcastConfig({ collections: ['posts' as never], alerts: { collection: 'posts' as never, submit: steps.submit } as never })).toThrow(
      'submit and approveAndPublish',
    )
    expect(sanitizeBroadcastConfig({ collections: ['posts' as never], alerts: { collection: 'posts' as never, ...steps } }).alerts).toMatchObject({
      templatesSlug: 'alert-templates',
      titleField: 'title',
    })
  })
})
