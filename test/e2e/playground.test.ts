// Browser end-to-end test of the playground (web/): builds it with Vite, serves it on a free
// localhost port, drives Debian's chromium through playwright-core, opens the seed 001 market
// model from the menu, solves it in the page's worker and checks the published prices and
// demands (the numbers the CLI prints, test/microgrid.test.ts). Then: glpk and highs (WASM) on
// an LP, ipopt reported unavailable, inline diagnostics (a syntax error beside a check error),
// a shared link, the Format button and completion; then an uploaded model and its include in
// tabs, hover, go-to-definition (Ctrl+click), an edit of the include solved, and the CSV, file
// and plot (SVG, PNG) downloads.
// Needs chromium (EMD_CHROMIUM or /usr/bin/chromium): in CI its absence fails the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const chromiumPath = process.env.EMD_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
const screenshots = join(repo, 'test/e2e/screenshots');

/** The flags of a quiet, reproducible headless run (no sandbox: CI containers run as root). */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Published results of seed 001 (test/microgrid.test.ts), as the page shows them with 4 decimals. */
const published = {
  lambda: { A: '3.0980', B: '1.2972', C: '1.2972' },
  D: { A: '2.6049', B: '0.1486', C: '0.1486' },
  G: { A: '0.1049', B: '0.1486', C: '0.1486' },
  TotalCost: '-16.3544',
};

async function cell(
  page: Page,
  symbol: string,
  key: string,
  field: string,
): Promise<{ text: string; value: number }> {
  const loc = page.locator(`table[data-symbol="${symbol}"] tr[data-key="${key}"] td[data-field="${field}"]`);
  return {
    text: (await loc.textContent())?.trim() ?? '',
    value: Number(await loc.getAttribute('data-value')),
  };
}

/** Clicks Solve and waits for the run to end; returns the page's final state. */
async function solveInPage(page: Page, timeout = 45_000): Promise<string> {
  await page.click('#solve');
  await page.waitForFunction(
    () => document.body.dataset.state === 'done' || document.body.dataset.state === 'failed',
    undefined,
    { timeout },
  );
  return (await page.getAttribute('body', 'data-state')) ?? '';
}

const title = 'playground: seed 001 market solves in chromium to the CLI numbers; glpk, highs, lint, share';

if (haveChromium) {
  describe('playground in chromium', () => {
    let outDir: string;
    let userDataDir: string;
    let server: StaticServer;
    let context: BrowserContext;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      outDir = mkdtempSync(join(tmpdir(), 'emd-playground-'));
      userDataDir = mkdtempSync(join(tmpdir(), 'emd-chromium-'));
      await promisify(execFile)(
        process.execPath,
        [
          join(repo, 'node_modules/vite/bin/vite.js'),
          'build',
          '--config',
          join(repo, 'web/vite.config.ts'),
          '--outDir',
          outDir,
          '--emptyOutDir',
          '--logLevel',
          'error',
        ],
        { cwd: repo },
      );
      server = await serveStatic(outDir);
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
        viewport: { width: 1400, height: 900 },
      });
    }, 600_000); // a hang guard: the vite build and Chromium take minutes on an oversubscribed machine

    afterAll(async () => {
      await context?.close();
      await server?.close();
      if (outDir) rmSync(outDir, { recursive: true, force: true });
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    });

    it(
      title,
      async () => {
        const page = await context.newPage();
        page.on('pageerror', (e) => pageErrors.push(e.message));
        page.on('console', (m) => {
          if (m.type() === 'error') pageErrors.push(m.text());
        });
        page.on('response', (r) => {
          if (r.status() >= 400) pageErrors.push(`${r.status()} ${r.url()}`);
        });
        await page.goto(server.url + 'index.html');
        await page.waitForSelector('#model-select option[value="models/microgrid/market_1h.emd"]', {
          state: 'attached',
        });

        // The seed 001 model from the menu, solved in the worker (ipm; DNLP with min() reformulated).
        await page.selectOption('#model-select', 'models/microgrid/market_1h.emd');
        await expect.poll(() => page.textContent('.cm-content')).toContain('Seed 001');
        expect(await solveInPage(page)).toBe('done');
        const solve = page.locator('table[data-table="solves"] tr[data-solve="1"] td');
        expect(await solve.allTextContents()).toEqual(
          expect.arrayContaining([
            'market',
            'DNLP',
            'ipm',
            '2 Locally Optimal',
            '1 Normal Completion',
            '15.354372',
          ]),
        );
        for (const mg of ['A', 'B', 'C'] as const) {
          for (const [symbol, field, want] of [
            ['lambda', 'value', published.lambda[mg]],
            ['D', 'level', published.D[mg]],
            ['G', 'level', published.G[mg]],
            ['balance', 'marginal', published.lambda[mg]],
          ] as const) {
            const c = await cell(page, symbol, mg, field);
            expect(c.text, `${symbol}(${mg}).${field}`).toBe(want);
            expect(Math.abs(c.value - Number(want)), `${symbol}(${mg}).${field}`).toBeLessThan(5e-5);
          }
        }
        const total = page.locator(
          'table[data-table="scalars"] tr[data-symbol="TotalCost"] td[data-field="value"]',
        );
        expect(await total.textContent()).toBe(published.TotalCost);
        // The display statement's listing, as the CLI prints it.
        expect(await page.textContent('#listing')).toMatch(
          /PARAMETER lambda\s+price in each microgrid\s+A\s+3\.0980,\s+B\s+1\.2972,\s+C\s+1\.2972/,
        );
        // report/plot.ts draws lambda, D and G as bars (3 elements each).
        await page.waitForSelector('figure.plot[data-plot="lambda"] svg', { timeout: 15_000 });
        await page.locator('details[data-symbol="lambda"]').scrollIntoViewIfNeeded();
        mkdirSync(screenshots, { recursive: true });
        await page.screenshot({ path: join(screenshots, 'market_1h.png') });
        // Each plot saves as SVG and as PNG (Vega's renderers).
        for (const [format, check] of [
          ['svg', (b: Buffer) => expect(b.toString('utf8')).toMatch(/^<svg [^>]*width="\d+"/)],
          ['png', (b: Buffer) => expect([...b.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])],
        ] as const) {
          const [dl] = await Promise.all([
            page.waitForEvent('download'),
            page.click(`figure.plot[data-plot="lambda"] button[data-format="${format}"]`),
          ]);
          expect(dl.suggestedFilename()).toBe(`lambda.${format}`);
          check(readFileSync((await dl.path())!));
        }

        // An LP on glpk (glpk.js starts its own worker inside ours) and on highs (WASM via Vite).
        // glpk's iteration count is read from its terminal log, which only Node's build exposes.
        await page.selectOption('#model-select', 'models/classic/transport.gms');
        for (const [solver, iterations] of [
          ['glpk', '0'],
          ['highs', '3'],
        ]) {
          await page.selectOption('#solver-select', solver);
          expect(await solveInPage(page), solver).toBe('done');
          const tds = await solve.allTextContents();
          expect(tds, solver).toEqual([
            '1',
            'transport',
            'LP',
            solver,
            '1 Optimal',
            '1 Normal Completion',
            '153.675000',
            iterations,
            expect.stringMatching(/^\d+\.\d{3}$/),
            '6 × 7',
          ]);
          expect((await cell(page, 'x', 'seattle.chicago', 'level')).text, solver).toBe('300.0000');
          // Results first: variables, then equations, then parameters and sets.
          expect(
            await page
              .locator('details.symbol')
              .evaluateAll((ds) => ds.map((d) => d.getAttribute('data-symbol'))),
            solver,
          ).toEqual(['x', 'supply', 'demand', 'a', 'b', 'd', 'c', 'i', 'j']);
          expect((await cell(page, 'demand', 'new-york', 'marginal')).text, solver).toBe('0.2250');
        }
        // Native Ipopt does not exist in the browser: a diagnostic, not a crash.
        await page.selectOption('#solver-select', 'ipopt');
        expect(await solveInPage(page)).toBe('failed');
        expect(await page.textContent('pre.diagnostics')).toContain('native Ipopt needs Node');
        await page.selectOption('#solver-select', '');

        // Inline diagnostics: an undeclared name is underlined as the user types.
        await page.click('.cm-content');
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\nnosuch(i) = 1 ;');
        await page.waitForSelector('.cm-lintRange-error', { timeout: 10_000 });
        await page.hover('.cm-lintRange-error');
        await expect.poll(() => page.textContent('.cm-tooltip-lint'), { timeout: 5_000 }).toMatch(/nosuch/);
        // A syntax error does not hide the other errors (the language server's analysis, issue 17).
        await page.click('.cm-content');
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\nz.l = ;');
        await expect.poll(() => page.locator('.cm-lintRange-error').count(), { timeout: 10_000 }).toBe(2);
        await page.keyboard.press('Backspace');
        await page.keyboard.type('1;');
        await expect.poll(() => page.locator('.cm-lintRange-error').count(), { timeout: 10_000 }).toBe(1);

        // Share: the link carries the edited text; opening it restores the editor.
        await page.click('#share');
        await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#code=/);
        const link = await page.evaluate(() => location.href);
        const other = await context.newPage();
        await other.goto(link);
        await expect
          .poll(() => other.textContent('.cm-content'), { timeout: 10_000 })
          .toContain('nosuch(i) = 1 ;');
        // Shown as shared, beside the library model it came from, never in its place.
        expect(await other.textContent('#file-name')).toBe('shared: transport.gms');
        expect(await other.inputValue('#model-select')).toBe('models/classic/shared-transport.gms');
        await other.close();

        // A link that inflates past 2 MB is not loaded; the page says why (issue 15).
        const bomb = deflateRawSync(Buffer.from(`{"p":"x.gms","t":"${'0'.repeat(10 * 1024 * 1024)}"}`));
        const third = await context.newPage();
        await third.goto(`${link.replace(/#.*$/, '')}#code=${bomb.toString('base64url')}`);
        await expect
          .poll(() => third.textContent('#status'), { timeout: 10_000 })
          .toBe("Could not open the link: the link's model is larger than 2 MB and was not loaded.");
        await third.close();

        // Format: the edited transport model as `emd fmt` prints it; a syntax error says why.
        await page.click('#format');
        await expect.poll(() => page.textContent('#status'), { timeout: 10_000 }).toBe('Formatted.');
        const formatted = (await page.locator('.cm-line').allTextContents()).join('\n');
        expect(formatted).toContain('nosuch(i) = 1;');
        expect(formatted).toContain('cost..  z =e= sum((i,j), c(i,j)*x(i,j));');
        await page.click('#format');
        await expect.poll(() => page.textContent('#status')).toBe('Already formatted.');
        await page.click('.cm-content');
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\nz.l = ;');
        await page.click('#format');
        await expect
          .poll(() => page.textContent('#status'))
          .toMatch(
            /^Not formatted: the model has syntax errors \(line \d+: Expected an expression but found ';'\.\)\. Fix them and format again\.$/,
          );

        // Completion is the language server's: attributes after `x.`, declared names, no duplicates.
        await page.click('.cm-content');
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\nx.');
        await page.waitForSelector('.cm-tooltip-autocomplete', { timeout: 10_000 });
        expect(await page.locator('.cm-tooltip-autocomplete .cm-completionLabel').allTextContents()).toEqual([
          'l',
          'lo',
          'up',
          'fx',
          'm',
          'scale',
          'prior',
        ]);

        expect(pageErrors).toEqual([]);
        await page.close();
      },
      90_000,
    );

    it('playground: uploaded model with an include in tabs, hover, go-to-definition, CSV and file downloads', async () => {
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(server.url + 'index.html');
      await page.waitForSelector('#model-select option', { state: 'attached' });
      const main = "$include data.inc\nScalar s 'total cost';\ns = sum(i, c(i));\ndisplay s;\n";
      const inc =
        "Set i 'plants' / seattle, san-diego /;\nParameter c(i) 'unit cost' / seattle 1, san-diego 2 /;\n";
      await page.setInputFiles('#upload', [
        { name: 'main.gms', mimeType: 'text/plain', buffer: Buffer.from(main) },
        { name: 'data.inc', mimeType: 'text/plain', buffer: Buffer.from(inc) },
      ]);
      await expect.poll(() => page.textContent('#file-name')).toBe('uploads/main.gms');
      // A tab per file of the model, once the check has read its include.
      const tabs = () => page.locator('#file-tabs button').allTextContents();
      await expect.poll(tabs, { timeout: 15_000 }).toEqual(['uploads/main.gms', 'data.inc']);

      /** Screen point of the `k`-th character of the first editor line holding `text`. */
      const at = (text: string, k: number) =>
        page.evaluate(
          ([t, i]) => {
            const line = Array.from(document.querySelectorAll('.cm-line')).find((l) =>
              l.textContent!.includes(t),
            )!;
            const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
            let off = line.textContent!.indexOf(t) + i;
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const len = n.textContent!.length;
              if (off < len) {
                const r = document.createRange();
                r.setStart(n, off);
                r.setEnd(n, off + 1);
                const b = r.getBoundingClientRect();
                return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
              }
              off -= len;
            }
            throw new Error(`no ${t}`);
          },
          [text, k] as const,
        );
      // Hover: the language server's text for the parameter declared in the include.
      const c = await at('c(i))', 0);
      await page.mouse.move(c.x, c.y);
      await expect
        .poll(() => page.textContent('.cm-emd-hover'), { timeout: 15_000 })
        .toBe(
          "Parameter c(i) 'unit cost'\n2 records: seattle 1, san-diego 2\n\ndeclared at uploads/data.inc:2",
        );
      // Ctrl+click goes to the declaration, in the include's tab.
      await page.keyboard.down('Control');
      await page.mouse.click(c.x, c.y);
      await page.keyboard.up('Control');
      await expect.poll(() => page.textContent('#file-tabs button.active')).toBe('data.inc');
      await expect.poll(() => page.textContent('.cm-content')).toContain("Parameter c(i) 'unit cost'");

      // An edit of the include counts in Solve; the results and the file download as CSV / text.
      await page.click('.cm-content');
      await page.keyboard.press('Control+End');
      await page.keyboard.type("c('seattle') = 5;");
      expect(await solveInPage(page)).toBe('done');
      expect(
        await page.textContent('table[data-table="scalars"] tr[data-symbol="s"] td[data-field="value"]'),
      ).toBe('7.0000');
      const saved = async (button: string) => {
        const [dl] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
        return [dl.suggestedFilename(), readFileSync((await dl.path())!, 'utf8')];
      };
      const [csvName, csv] = await saved('#download-csv');
      expect(csvName).toBe('main.csv');
      expect(csv).toContain('s,,value,7\r\n');
      expect(csv).toContain('c,seattle,value,5\r\n');
      expect(await saved('#download-model')).toEqual(['data.inc', `${inc}c('seattle') = 5;`]);
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 90_000);

    it('playground: asynchronous solves (solveLink 6) run on Web Workers of the cross-origin isolated page', async () => {
      // Four transport LPs submitted in a loop and collected in a repeat loop (GAMS's grid pattern),
      // opened from a shared link.
      const text = [
        'Set i / a, b /, j / x, y /, s / s1*s4 /;',
        'Parameter sup(i) / a 10, b 12 /, dem(j) / x 6, y 8 /, c(i,j) / a.x 1, a.y 3, b.x 2, b.y 1 /, h(s), obj(s);',
        'Positive Variable q(i,j); Variable z;',
        'Equation cost, supply(i), demand(j);',
        'cost .. z =e= sum((i,j), c(i,j)*q(i,j));',
        'supply(i) .. sum(j, q(i,j)) =l= sup(i);',
        'demand(j) .. sum(i, q(i,j)) =g= dem(j);',
        'Model t / all /; t.solvelink = 6;',
        'loop(s, dem(j) = dem(j) + 1; solve t using lp minimizing z; h(s) = t.handle;);',
        'Scalar rc;',
        'repeat rc = readyCollect(h, 60);',
        '  loop(s$handlecollect(h(s)), obj(s) = z.l; rc = handledelete(h(s)); h(s) = 0;);',
        'until card(h) = 0;',
      ].join('\n');
      const code = deflateRawSync(Buffer.from(JSON.stringify({ p: 'sweep.gms', t: text }))).toString(
        'base64url',
      );
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`${server.url}index.html#code=${code}`);
      await expect
        .poll(() => page.textContent('.cm-content'), { timeout: 10_000 })
        .toContain('solvelink = 6');
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      expect(await solveInPage(page)).toBe('done');
      // Demands (7, 9), (8, 10), (9, 11), (10, 12), all met on the routes of cost 1 (a to x, b to y)
      // within the supplies (10, 12): the cost is dem(x) + dem(y).
      for (const [s, want] of [
        ['s1', '16.0000'],
        ['s2', '18.0000'],
        ['s3', '20.0000'],
        ['s4', '22.0000'],
      ])
        expect((await cell(page, 'obj', s, 'value')).text, s).toBe(want);
      // The pool has a worker per core; two jobs at a time each: 4 jobs reach min(cores, 4) workers.
      const cores = await page.evaluate(() => navigator.hardwareConcurrency);
      const workers = ((await page.getAttribute('body', 'data-solve-workers')) ?? '').split(' ');
      const used = Math.min(Math.max(cores, 1), 4);
      expect(workers).toEqual(Array.from({ length: used }, (_, k) => `emd-solve-${k + 1}`));
      expect(await page.textContent('#status')).toContain(`asynchronous solves on ${used} Web Workers`);
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 90_000);
  });
} else if (process.env.CI) {
  it(title, () => {
    throw new Error(
      `chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set EMD_CHROMIUM to its path.`,
    );
  });
} else {
  it.skip(`${title} (skipped: no chromium at ${chromiumPath}; apt-get install -y chromium)`, () => {});
}
