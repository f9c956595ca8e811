/**
 * Each SQLite connection keeps its compiled statements: the same SQL text gives back the same
 * statement, which runs correctly again with new arguments, after a failed run and after the
 * schema changed, and a connection keeps only its most recently used ones.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'

import { cacheCompiledStatements } from '../../src/lib/sqliteStatementCache.js'

describe('compiled statements kept per SQLite connection', () => {
  let dir: string
  let db: Database.Database

  beforeAll(() => {
    cacheCompiledStatements({ capacity: 3 })
  })
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-statements-'))
    db = new Database(path.join(dir, 'test.db'))
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE)')
  })
  afterEach(() => {
    db.close()
    fs.rmSync(dir, { force: true, recursive: true })
  })

  it('gives the same statement back for the same SQL on one connection, and not to another connection', () => {
    const sql = 'SELECT id, k FROM t WHERE k = ?'
    expect(db.prepare(sql)).toBe(db.prepare(sql))
    const other = new Database(path.join(dir, 'test.db'))
    try {
      expect(other.prepare(sql)).not.toBe(db.prepare(sql))
    } finally {
      other.close()
    }
  })

  it('runs a kept statement again with new arguments, after a failed run too', () => {
    const insert = 'INSERT INTO t (k) VALUES (?)'
    const select = 'SELECT k FROM t ORDER BY id'
    db.prepare(insert).run(['a'])
    expect(() => db.prepare(insert).run(['a'])).toThrow(/UNIQUE/)
    db.prepare(insert).run(['b'])
    expect(db.prepare(select).raw(true).all()).toEqual([['a'], ['b']])
    db.prepare(insert).run(['c'])
    expect(db.prepare(select).raw(true).all()).toEqual([['a'], ['b'], ['c']])
  })

  it('sees a column added after the statement was compiled', () => {
    const select = 'SELECT * FROM t'
    db.prepare('INSERT INTO t (k) VALUES (?)').run(['a'])
    expect(db.prepare(select).raw(true).all()).toEqual([[1, 'a']])
    db.exec('ALTER TABLE t ADD COLUMN note TEXT')
    expect(db.prepare(select).raw(true).all()).toEqual([[1, 'a', null]])
  })

  it('keeps only the most recently used statements of a connection', () => {
    const first = db.prepare('SELECT 1')
    const second = db.prepare('SELECT 2')
    db.prepare('SELECT 3')
    // Using the first again leaves the second the least recently used: a fourth drops it.
    expect(db.prepare('SELECT 1')).toBe(first)
    db.prepare('SELECT 4')
    expect(db.prepare('SELECT 1')).toBe(first)
    expect(db.prepare('SELECT 2')).not.toBe(second)
  })
})
