'use client'
/** Draws the campaign dashboard: KPI progress, the weekly chart (recharts), queue and what comes next. */
import React, { useState } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import type { DashboardModel } from './dashboardModel.js'

const PALETTE = ['#1f6feb', '#d9480f', '#2b8a3e', '#ae3ec9', '#e8590c', '#0c8599', '#5c940d', '#c2255c', '#364fc7', '#868e96']

const card: React.CSSProperties = {
  background: 'var(--theme-elevation-50)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 6,
  marginBottom: 'calc(var(--base) * 1.5)',
  padding: 'var(--base)',
}
const table: React.CSSProperties = { borderCollapse: 'collapse', width: '100%' }
const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' }
const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

const ProgressBar = ({ percent }: { percent: number }) => (
  <div
    aria-label={`${number.format(percent)}%`}
    role="progressbar"
    aria-valuenow={percent}
    aria-valuemin={0}
    aria-valuemax={100}
    style={{ background: 'var(--theme-elevation-150)', borderRadius: 4, height: 12, overflow: 'hidden' }}
  >
    <div style={{ background: percent >= 100 ? '#2b8a3e' : percent >= 50 ? '#1f6feb' : '#e8590c', height: '100%', width: `${Math.min(100, percent)}%` }} />
  </div>
)

/** "2026-12-31" as Vietnamese write it, "31/12/2026": a text input reads the same in every browser locale. */
const writtenDay = (isoDay: string) => isoDay.split('-').reverse().join('/')

/** A day field that reads dd/mm/yyyy whatever the browser's language (a native date input follows the browser: 12/31/2026). */
const DayInput = ({ name, value }: { name: string; value: string }) => (
  <input
    defaultValue={writtenDay(value)}
    inputMode="numeric"
    name={name}
    pattern="\d{1,2}/\d{1,2}/\d{4}"
    placeholder="dd/mm/yyyy"
    size={10}
    title="dd/mm/yyyy"
    type="text"
  />
)

const Stat = ({ label, value }: { label: string; value: string }) => (
  <div style={{ minWidth: 140 }}>
    <div style={{ fontSize: 22, fontWeight: 600 }}>{value}</div>
    <div style={{ color: 'var(--theme-elevation-600)' }}>{label}</div>
  </div>
)

export const InsightsDashboard = ({ model }: { model: DashboardModel }) => {
  const { text } = model
  const [mode, setMode] = useState<'channel' | 'type'>(model.chart.channelNames.length ? 'channel' : 'type')
  const series = mode === 'channel' ? model.chart.channelNames : model.chart.typeNames
  const data = mode === 'channel' ? model.chart.byChannel : model.chart.byType
  const query = `?from=${model.from}&to=${model.to}`
  return (
    <div>
      <div style={{ ...card, alignItems: 'flex-end', display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', justifyContent: 'space-between' }}>
        <div>
          <h2 style={{ margin: 0 }}>{text.overview}</h2>
          <div>
            {text.reportPeriod}: {model.period}
          </div>
        </div>
        <form method="get" style={{ alignItems: 'flex-end', display: 'flex', gap: 8 }}>
          <label>
            {text.fromDay}
            <br />
            <DayInput name="from" value={model.from} />
          </label>
          <label>
            {text.toDay}
            <br />
            <DayInput name="to" value={model.to} />
          </label>
          <button className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} type="submit">
            {text.show}
          </button>
        </form>
        <div style={{ display: 'flex', gap: 8 }}>
          <a className="btn btn--style-primary btn--size-small" href={`${model.apiBase}/report.docx${query}`} style={{ margin: 0 }}>
            {text.downloadDocx}
          </a>
          <a className="btn btn--style-secondary btn--size-small" href={`${model.apiBase}/report.xlsx${query}`} style={{ margin: 0 }}>
            {text.downloadXlsx}
          </a>
        </div>
      </div>

      <section style={card}>
        <h3>{text.kpis}</h3>
        {model.kpis.length ? (
          <table style={table}>
            <thead>
              <tr>
                <th style={cell}>{text.kpi}</th>
                <th style={cell}>{text.actualOfTarget}</th>
                <th style={{ ...cell, width: '35%' }}>{text.progress}</th>
              </tr>
            </thead>
            <tbody>
              {model.kpis.map((kpi, index) => (
                <tr key={index}>
                  <td style={cell}>
                    <strong>{kpi.label}</strong>
                    <div style={{ color: 'var(--theme-elevation-600)', fontSize: 12 }}>{kpi.lastEntry ?? kpi.metricLabel}</div>
                  </td>
                  <td style={cell}>
                    {number.format(kpi.actual)} / {number.format(kpi.target)} {kpi.unit}
                  </td>
                  <td style={cell}>
                    <ProgressBar percent={kpi.percent} />
                    <div style={{ fontSize: 12 }}>{number.format(kpi.percent)}%</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{text.noKpis}</p>
        )}
      </section>

      <section style={card}>
        <div style={{ alignItems: 'center', display: 'flex', justifyContent: 'space-between' }}>
          <h3>{text.publishedPerWeek}</h3>
          <div style={{ display: 'flex', gap: 8 }}>
            <button
              className={`btn btn--size-small ${mode === 'channel' ? 'btn--style-primary' : 'btn--style-secondary'}`}
              onClick={() => setMode('channel')}
              style={{ margin: 0 }}
              type="button"
            >
              {text.byChannel}
            </button>
            <button
              className={`btn btn--size-small ${mode === 'type' ? 'btn--style-primary' : 'btn--style-secondary'}`}
              onClick={() => setMode('type')}
              style={{ margin: 0 }}
              type="button"
            >
              {text.byType}
            </button>
          </div>
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) * 2)', marginBottom: 'var(--base)' }}>
          <Stat label={text.itemsPublished} value={number.format(model.published.total)} />
          {model.published.byType.map((type) => (
            <Stat key={type.label} label={type.label} value={number.format(type.count)} />
          ))}
          <Stat label={text.deliverySuccessRate} value={`${number.format(model.deliveries.successRate)}%`} />
        </div>
        {series.length ? (
          <div style={{ height: 320, width: '100%' }}>
            <ResponsiveContainer>
              <BarChart data={data}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="week" />
                <YAxis allowDecimals={false} />
                <Tooltip labelFormatter={(_, payload) => String(payload?.[0]?.payload?.label ?? '')} />
                <Legend />
                {series.map((name, index) => (
                  <Bar dataKey={name} fill={PALETTE[index % PALETTE.length]} key={name} stackId="week" />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
        ) : (
          <p>{text.noDeliveries}</p>
        )}
      </section>

      <div style={{ display: 'grid', gap: 'calc(var(--base) * 1.5)', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))' }}>
        <section style={card}>
          <h3>{text.reviewQueue}</h3>
          <table style={table}>
            <tbody>
              {model.queue.stages.map((stage) => (
                <tr key={stage.label}>
                  <td style={cell}>{stage.label}</td>
                  <td style={cell}>{stage.count}</td>
                  <td style={cell}>
                    {text.longestWaiting}: {stage.longestWaiting}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {model.queue.items.length ? (
            <table style={{ ...table, marginTop: 'var(--base)' }}>
              <thead>
                <tr>
                  <th style={cell}>{text.item}</th>
                  <th style={cell}>{text.stage}</th>
                  <th style={cell}>{text.waited}</th>
                </tr>
              </thead>
              <tbody>
                {model.queue.items.map((item) => (
                  <tr key={item.href}>
                    <td style={cell}>
                      <a href={item.href}>{item.title}</a>
                      <div style={{ color: 'var(--theme-elevation-600)', fontSize: 12 }}>{item.type}</div>
                    </td>
                    <td style={cell}>{item.stage}</td>
                    <td style={cell} title={`${text.since} ${item.since}`}>
                      {item.waiting}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{text.nothingWaiting}</p>
          )}
        </section>

        <section style={card}>
          <h3>{text.upcoming}</h3>
          <h4>{text.scheduledItems}</h4>
          {model.upcoming.scheduled.length ? (
            <ul>
              {model.upcoming.scheduled.map((item) => (
                <li key={item.href}>
                  <a href={item.href}>{item.title}</a> — {item.publishAt}
                </li>
              ))}
            </ul>
          ) : (
            <p>{text.noScheduledItems}</p>
          )}
          <h4>{text.workshops}</h4>
          {model.upcoming.workshops.length ? (
            <ul>
              {model.upcoming.workshops.map((workshop) => (
                <li key={workshop.href}>
                  <a href={workshop.href}>{workshop.title}</a> — {workshop.startsAt}
                  {workshop.venue ? `, ${workshop.venue}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p>{text.noUpcomingWorkshops}</p>
          )}
        </section>
      </div>

      <section style={card}>
        <h3>{text.workshopsInPeriod}</h3>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) * 2)', marginBottom: 'var(--base)' }}>
          <Stat label={text.held} value={`${model.workshops.held}/${model.workshops.count}`} />
          <Stat label={text.fillRate} value={`${number.format(model.workshops.fillRate)}%`} />
          <Stat label={text.attendanceRate} value={`${number.format(model.workshops.attendanceRate)}%`} />
          <Stat label={text.attendees} value={number.format(model.workshops.attended)} />
        </div>
        {model.workshops.lines.length ? (
          <table style={table}>
            <thead>
              <tr>
                <th style={cell}>{text.name}</th>
                <th style={cell}>{text.day}</th>
                <th style={cell}>{text.registeredOfSeats}</th>
                <th style={cell}>{text.waiting}</th>
                <th style={cell}>{text.attended}</th>
              </tr>
            </thead>
            <tbody>
              {model.workshops.lines.map((line, index) => (
                <tr key={String(line.id)}>
                  <td style={cell}>{line.title}</td>
                  <td style={cell}>{model.workshops.lineTimes[index]}</td>
                  <td style={cell}>
                    {line.confirmed + line.attended}
                    {line.capacity ? ` / ${line.capacity}` : ''}
                  </td>
                  <td style={cell}>{line.waitlisted}</td>
                  <td style={cell}>{line.attended}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{text.noWorkshops}</p>
        )}
      </section>

      {model.sections.map((section) => (
        <section key={section.sheetName} className="loa-insights__section" style={card}>
          <h3>{section.title}</h3>
          {section.rows.length ? (
            <table style={table}>
              <thead>
                <tr>
                  {section.headers.map((header) => (
                    <th key={header} style={cell}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {section.rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((value, column) => (
                      <td key={column} style={cell}>
                        {typeof value === 'number' && section.barColumns.includes(column) ? (
                          <div style={{ alignItems: 'center', display: 'flex', gap: 6, minWidth: 120 }}>
                            <div style={{ flex: 1 }}>
                              <ProgressBar percent={value} />
                            </div>
                            <span>{number.format(value)}%</span>
                          </div>
                        ) : typeof value === 'number' ? (
                          number.format(value)
                        ) : (
                          value
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{section.emptyText}</p>
          )}
        </section>
      ))}
    </div>
  )
}
