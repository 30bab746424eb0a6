/** The banner at the top of every generated file: that it is generated, from what, and not to edit it. */
import type { Model } from '../model/types.js';

export function headerText(model: Model): string {
  const profile = model.profile ? `, narrowed to ${model.profile}` : '';
  return [
    `Generated from the ${model.protocol.name} ${model.protocol.version} spec (spec/${profile}) by \`pnpm generate\`.`,
    'Do not edit by hand: change the spec and generate again.',
  ].join('\n');
}

export function generatedHeader(model: Model, kind: 'ts' | 'yaml' | 'md'): string {
  const lines = headerText(model).split('\n');
  switch (kind) {
    case 'ts':
      return `/**\n${lines.map((l) => ` * ${l}`).join('\n')}\n */\n\n`;
    case 'yaml':
      return lines.map((l) => `# ${l}`).join('\n') + '\n';
    case 'md':
      return `<!-- ${lines.join(' ')} -->\n\n`;
  }
}
