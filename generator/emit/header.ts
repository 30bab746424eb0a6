/** The banner at the top of every generated file: that it is generated, from what, and not to edit it. */
import type { Model, Verification } from '../model/types.js';
import { htmlText, tsComment, tsDocComment } from './escape.js';

/** `LagrangeDev/Lagrange.Core@e17fe356… (branch v1, 2025-10-10)`, with the full commit. */
export function verificationText(v: Verification): string {
  return `${v.repository}@${v.commit} (${v.branch ? `branch ${v.branch}, ` : ''}${v.date})`;
}

/** The banner's text, on plain lines; the spec's name and version are put on one line. */
export function headerText(model: Model): string {
  const profile = model.profile ? `, narrowed to ${model.profile}` : '';
  const protocol = `${model.protocol.name} ${model.protocol.version}`.replace(/\s+/g, ' ');
  const verified = model.implementations.filter((i) => i.verified);
  return [
    `Generated from the ${protocol} spec (spec/${profile}) by \`pnpm generate\`.`,
    ...(verified.length ? ['Each implementation as verified against its source:', ...verified.map((i) => `- ${i.id}: ${verificationText(i.verified!)}`)] : []),
    'Do not edit by hand: change the spec and generate again.',
  ].join('\n');
}

export function generatedHeader(model: Model, kind: 'ts' | 'yaml' | 'md'): string {
  const lines = headerText(model).split('\n');
  switch (kind) {
    case 'ts':
      return `${tsDocComment(lines.map(tsComment).join('\n')).join('\n')}\n\n`;
    case 'yaml':
      return lines.map((l) => `# ${l}`).join('\n') + '\n';
    case 'md':
      return `<!-- ${htmlText(lines.join(' '))} -->\n\n`;
  }
}
