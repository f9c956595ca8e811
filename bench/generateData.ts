/**
 * Writes the benchmark data set through the Local API: campaigns, a few images, and N
 * published reports with Vietnamese text, spread over the campaigns. The same generator
 * fills the Loa database and the plain-Payload database, so both hold the same rows.
 */
import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import { lexicalFromParagraphs } from '../src/lib/lexical.js'
import { DEMO_SEED_CONTEXT } from '../src/seed/context.js'
import { makeDemoImage } from '../src/seed/demoImage.js'
import { progressBar } from './lib/progress.js'

export const BENCH_CAMPAIGNS = 5
const PLACES = ['Thanh Hoá', 'Sầm Sơn', 'Thọ Xuân', 'Hoằng Hoá', 'Nghi Sơn', 'Bỉm Sơn', 'Quảng Xương', 'Mường Lát']
const TOPICS = ['chuyển đổi số', 'dịch vụ công', 'kinh tế số', 'xã hội số', 'kỹ năng số', 'an toàn thông tin']

export type GeneratedData = { campaignIds: Array<number | string>; reportIds: Array<number | string> }

/** The text of the i-th report (0-based); the WordPress comparison loads the same words. */
export const benchReportText = (i: number) => {
  const place = PLACES[i % PLACES.length]
  const topic = TOPICS[i % TOPICS.length]
  return {
    title: `${place}: ${topic} — bài số ${i + 1}`,
    slug: `bai-${i + 1}`,
    campaignIndex: i % BENCH_CAMPAIGNS,
    imageIndex: i % 4,
    topic,
    summary: `Người dân ${place} tìm hiểu về ${topic}; cán bộ hướng dẫn từng bước sử dụng nền tảng số.`,
    paragraphs: [
      `Bài viết số ${i + 1} về ${topic} tại ${place}.`,
      'Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt ứng dụng, nộp hồ sơ trực tuyến và thanh toán không dùng tiền mặt.',
      'Chính quyền địa phương đặt mục tiêu mỗi hộ gia đình có ít nhất một người biết sử dụng dịch vụ công trực tuyến.',
    ],
  }
}

export const benchCampaignName = (index: number) => `Chiến dịch chuyển đổi số ${index + 1}`
export const BENCH_TOPICS = TOPICS
export const BENCH_PLACES = PLACES

export const generateBenchData = async (payload: Payload, count: number, label: string): Promise<GeneratedData> => {
  const context = { [DEMO_SEED_CONTEXT]: true }
  const campaignIds: Array<number | string> = []
  for (let i = 0; i < BENCH_CAMPAIGNS; i += 1) {
    const campaign = await payload.create({
      collection: 'campaigns',
      context,
      data: {
        name: benchCampaignName(i),
        code: `BENCH-${i + 1}`,
        status: 'active',
        period: { start: '2020-01-01T00:00:00Z', end: '2035-01-01T00:00:00Z' },
        approvalPolicy: { requiredApprovals: 1 },
      },
    })
    campaignIds.push(campaign.id)
  }
  const imageIds: Array<number | string> = []
  for (let i = 0; i < 4; i += 1) {
    const data = await makeDemoImage({ caption: `Ảnh ${i + 1}`, hue: i * 80 })
    const media = await payload.create({
      collection: 'media',
      context,
      data: { alt: `Ảnh minh hoạ ${i + 1}` },
      file: { data, mimetype: 'image/jpeg', name: `bench-${i + 1}.jpg`, size: data.length },
    })
    imageIds.push(media.id)
  }
  const tick = progressBar(label, count)
  const reportIds: Array<number | string> = []
  // One transaction per batch: a commit per row would make SQLite sync 10,000 times.
  const BATCH = 250
  let req: PayloadRequest | undefined
  for (let i = 0; i < count; i += 1) {
    if (i % BATCH === 0) {
      if (req) await commitTransaction(req)
      req = await createLocalReq({ context }, payload)
      await initTransaction(req)
    }
    const text = benchReportText(i)
    const report = await payload.create({
      collection: 'reports',
      context,
      req,
      data: {
        title: text.title,
        slug: text.slug,
        campaign: campaignIds[text.campaignIndex],
        summary: text.summary,
        body: lexicalFromParagraphs(text.paragraphs),
        heroImage: imageIds[text.imageIndex],
        topics: [text.topic],
        audiences: ['citizens'],
        kind: 'news',
        _status: 'published',
      } as never,
    })
    reportIds.push(report.id)
    tick(i + 1)
  }
  if (req) await commitTransaction(req)
  return { campaignIds, reportIds }
}
