/** The banner at the top of every generated file: that it is generated, from what, and not to edit it. */
import type { Model } from '../model/types.js';
import { htmlText, tsComment } from './escape.js';

/** The banner's text, on plain lines; the spec's name and version are put on one line. */
export function headerText(model: Model): string {
  const profile = model.profile ? `, narrowed to ${model.profile}` : '';
  const protocol = `${model.protocol.name} ${model.protocol.version}`.replace(/\s+/g, ' ');
  return [
    `Generated from the ${protocol} spec (spec/${profile}) by \`pnpm generate\`.`,
    'Do not edit by hand: change the spec and generate again.',
  ].join('\n');
}

export function generatedHeader(model: Model, kind: 'ts' | 'yaml' | 'md'): string {
  const lines = headerText(model).split('\n');
  switch (kind) {
    case 'ts':
      return `/**\n${lines.map((l) => ` * ${tsComment(l)}`).join('\n')}\n */\n\n`;
    case 'yaml':
      return lines.map((l) => `# ${l}`).join('\n') + '\n';
    case 'md':
      return `<!-- ${htmlText(lines.join(' '))} -->\n\n`;
  }
}
