/** The protocol-level sections: the envelope is there, origins, known disagreements, categories and return codes make sense. */
import { RULES } from '../diff/rules.js';
import type { CheckContext } from './check.js';
import { checkOrigin } from './check-entries.js';
import { suggest } from './diagnostics.js';

export function checkProtocol(c: CheckContext): void {
  const { sections, report } = c;
  const protocol = sections.single('protocol');
  if (protocol && !sections.single('envelope')) {
    report.error(protocol.file.at(protocol.path, true), 'the spec has no `envelope` section', 'describe the response envelope (spec/README.md#the-envelope)');
  }
  const implementations = c.model.implementations.map((i) => i.id);
  for (const e of sections.entries('origins')) {
    if (implementations.includes(e.key))
      report.error(e.file.at(e.path, true), `origin '${e.key}' is already an implementation`, 'every implementation is an origin; remove this entry');
  }
  checkDisagreements(c, implementations);
  checkCategories(c);
  checkRetcodes(c);
}

/** Each implementation's known disagreements: of a known implementation and diff rule, with a path in its repository, each explained once. */
function checkDisagreements({ sections, report }: CheckContext, implementations: string[]): void {
  const ruleIds = RULES.map((r) => r.id);
  for (const e of sections.entries('disagreements')) {
    if (!implementations.includes(e.key)) {
      report.error(
        e.file.at(e.path, true),
        `unknown implementation '${e.key}'`,
        suggest(e.key, implementations, `implementations are: ${implementations.join(', ')}`),
      );
      continue;
    }
    const seen: { rule: string; where: string; at: { file: string; line: number } }[] = [];
    e.value.forEach(({ rule, where, source }, i) => {
      const here = [...e.path, i];
      if (!ruleIds.includes(rule)) {
        report.error(
          e.file.at([...here, 'rule']),
          `unknown diff rule '${rule}'`,
          suggest(rule, ruleIds, 'the rules are listed in generated/docs/diff-rules.md'),
        );
      }
      if (source.split('/').some((part) => part === '..' || part === '.' || part === '')) {
        report.error(
          e.file.at([...here, 'source']),
          `'${source}' is not a path inside the repository`,
          "write the file's path from the repository's root, without ., .. or empty parts",
        );
      }
      const twin = seen.find((d) => d.rule === rule && d.where === where);
      if (twin) {
        report.error(
          e.file.at(here, true),
          `the disagreement ${rule} at '${where}' is explained twice`,
          `it is also at ${twin.at.file}:${twin.at.line}; keep one`,
        );
        return;
      }
      seen.push({ rule, where, at: e.file.at(here, true) });
    });
  }
}

function checkCategories({ sections, report }: CheckContext): void {
  const entries = sections.entries('categories');
  const ids = entries.map((e) => e.key);
  for (const e of entries) {
    const parent = e.value.parent;
    if (parent !== undefined && !ids.includes(parent)) {
      report.error(e.file.at([...e.path, 'parent']), `unknown parent category '${parent}'`, suggest(parent, ids, `declare it under categories:`));
    }
    if (parent === e.key) report.error(e.file.at([...e.path, 'parent']), `category '${e.key}' is its own parent`);
  }
}

function checkRetcodes(c: CheckContext): void {
  const seen = new Set<number>();
  for (const e of c.sections.retcodes) {
    const { code, origin } = e.value;
    if (seen.has(code)) c.report.error(e.file.at([...e.path, 'code']), `return code ${code} is listed twice`, 'keep one entry per code');
    seen.add(code);
    if (origin !== undefined) checkOrigin(c, e.file, [...e.path, 'origin'], origin);
  }
}
