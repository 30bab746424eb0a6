/**
 * The conventions of this project's OpenAPI documents (generator/model/openapi-conventions.ts): what
 * the emitter's side writes, the importer's side reads back as it was.
 */
import { describe, expect, it } from 'vitest';
import {
  exampleImplementation,
  exampleKey,
  exampleNumber,
  exampleSummary,
  exampleTitle,
  EXTENSION,
  EXTENSION_FIELDS_SECTION,
  operationDescription,
  readOperationDescription,
} from '../generator/model/openapi-conventions.js';
import type { Text } from '../generator/model/types.js';

describe('an operation description', () => {
  const cases: [string, { deprecated?: { reason?: Text }; description?: Text }][] = [
    ['a description in both languages', { description: { zh: '获取好友列表。\n\n第二段。', en: 'Gets the friend list.' } }],
    ['a description in English only', { description: { en: 'Gets the friend list.' } }],
    [
      'deprecated with a reason in both languages',
      { deprecated: { reason: { zh: '请改用 get_msg。', en: 'Use get_msg instead.' } }, description: { zh: '获取消息。', en: 'Gets a message.' } },
    ],
    [
      'deprecated with a Chinese reason, then a description',
      { deprecated: { reason: { zh: '已废弃。' } }, description: { zh: '获取消息。', en: 'Gets a message.' } },
    ],
    ['deprecated without a reason or description', { deprecated: {} }],
    ['nothing but the support section', {}],
  ];
  it.each(cases)('%s is read back as written, the support section left out', (_, parts) => {
    const written = operationDescription({ ...parts, supportLines: ['- ✅ OneBot 11 (`onebot11`): supported.', '- ❌ NapCat (`napcat`): unsupported.'] });
    expect(written).toContain('**Support / 支持**\n\n- ✅ OneBot 11');
    const read = readOperationDescription(written ?? '', parts.deprecated !== undefined);
    expect(read.description).toEqual(parts.description);
    expect(read.reason).toEqual(parts.deprecated?.reason);
  });

  it("leaves out an older document's English-only support heading too, and is undefined with nothing to say", () => {
    expect(readOperationDescription('Sends a message.\n\n**Support**\n\n- ✅ std', false)).toEqual({ description: { en: 'Sends a message.' } });
    expect(operationDescription({ supportLines: [] })).toBeUndefined();
  });
});

describe('example keys and summaries', () => {
  const ids = new Set(['napcat', 'go-cqhttp']);
  const cases: [string, string | undefined, string | undefined, number][] = [
    ['a general titled example', '发送消息', undefined, 0],
    ['an untitled general example', undefined, undefined, 2],
    ["an implementation's titled example", '发送消息 / Send a message', 'go-cqhttp', 1],
    ["an implementation's untitled example", undefined, 'napcat', 11],
  ];
  it.each(cases)('%s keeps its title, implementation and place', (_, title, implementation, index) => {
    const key = exampleKey(implementation, index);
    const summary = exampleSummary(title, implementation, index);
    expect(exampleImplementation(key, ids)).toBe(implementation);
    expect(exampleNumber(key)).toBe(index + 1);
    expect(exampleTitle(summary, exampleImplementation(key, ids))).toBe(title);
  });

  it("an implementation not among the document's is not read from a key", () => {
    expect(exampleImplementation('lagrange-1', ids)).toBeUndefined();
    expect(exampleNumber('Default')).toBeUndefined();
  });
});

it('every extension field is documented in the section printed into info.description', () => {
  for (const name of Object.values(EXTENSION)) expect(EXTENSION_FIELDS_SECTION).toContain(`- \`${name}\` (`);
});
