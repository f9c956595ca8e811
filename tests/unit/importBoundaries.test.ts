/**
 * The lint rules that keep each plugin a package of its own: a plugin file may import its own
 * code, its own package name and @loa/helpers, never Loa's host or another plugin. The files
 * linted here do not exist: ESLint uses the path only to pick the rules and resolve imports,
 * so the paths are ones the allow-list in eslint.config.js does not cover.
 */
import { ESLint } from 'eslint'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const eslint = new ESLint({ cwd: projectRoot })

const problemsOf = async (relativePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: path.join(projectRoot, relativePath) })
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`)
}

const PLUGIN_FILE = 'plugins/scheduling/src/hooks/boundaryFixture.ts'

describe('import boundaries of the plugins', () => {
  it("refuses an import of Loa's host from a plugin, at any depth", async () => {
    const problems = await problemsOf(PLUGIN_FILE, "import { isAdminUser } from '../../../../collections/access/roles.js'\nexport const check = isAdminUser\n")
    expect(problems).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*Loa's host/)])
  })

  it('refuses the app config alias from a plugin', async () => {
    const problems = await problemsOf(PLUGIN_FILE, "import config from '@payload-config'\nexport default config\n")
    expect(problems).toContainEqual(expect.stringMatching(/^no-restricted-imports: .*Loa's host/))
  })

  it('refuses another plugin, by package name or by path', async () => {
    const byName = await problemsOf(PLUGIN_FILE, "import { runWorkflowAction } from '@loa/plugin-review-workflow'\nexport const act = runWorkflowAction\n")
    expect(byName).toContainEqual(expect.stringMatching(/^no-restricted-imports: .*another plugin/))
    const byPath = await problemsOf(
      PLUGIN_FILE,
      "import { runWorkflowAction } from '../../../review-workflow/src/index.js'\nexport const act = runWorkflowAction\n",
    )
    expect(byPath).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*another plugin/)])
  })

  it('allows @loa/helpers, the plugin’s own files and its own package name', async () => {
    const code = [
      "import { slugify } from '@loa/helpers'",
      "import { sqlAdapterOf } from '@loa/helpers/sql'",
      "import { timeOf } from '../utilities/paths.js'",
      "import { schedulingPlugin } from '@loa/plugin-scheduling'",
      'export const used = [slugify, sqlAdapterOf, timeOf, schedulingPlugin]',
      '',
    ].join('\n')
    expect(await problemsOf(PLUGIN_FILE, code)).toEqual([])
  })

  it('reports an import it cannot resolve instead of letting it past the boundary', async () => {
    const problems = await problemsOf(PLUGIN_FILE, "import { nothing } from '@loa/helpers/missing'\nexport const used = nothing\n")
    expect(problems).toEqual([expect.stringMatching(/^import-x\/no-unresolved: /)])
  })

  it('keeps the helpers package free of plugin and host imports', async () => {
    const problems = await problemsOf(
      'packages/helpers/src/boundaryFixture.ts',
      "import { idOf } from '../../../collections/access/campaignMembership.js'\nexport const used = idOf\n",
    )
    expect(problems).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*helpers package/)])
  })
})
