/**
 * A Swagger UI page that works opened from disk (file://): swagger-ui-dist's script and styles
 * are copied next to it and the OpenAPI document is inlined, so the page loads nothing from any
 * other host. The assets are inputs read once, like the docs templates; the page itself is a
 * function of the model.
 *
 * The page shows the OpenAPI 3.0.3 form of the document (what `onebot11.openapi-3.0.json` holds,
 * the same operations, schemas, titles and examples). Swagger UI reads a 3.1 document through
 * its ApiDOM resolver, which converts and normalizes the whole document again each time an
 * operation is expanded: with this document's 217 operations that took 4-9 s per click and
 * 10-17 s to open the page on a 2-core machine, against under 1 s and about 4 s for the 3.0.3
 * form. Its 3.1 schema view also labels every union member by type (`object | object | …`)
 * where the 3.0 view shows each member's title (`TextSegment`, `AtSegment`, …).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Model } from '../../model/types.js';
import { titleLine } from '../../model/text.js';
import type { EmittedFile } from '../emitted-file.js';
import { htmlText, scriptJson } from '../escape.js';
import { headerText } from '../header.js';
import { toOpenApi30 } from './downgrade.js';
import { buildOpenApi, clean } from './openapi-emitter.js';

export interface SwaggerUiAssets {
  script: string;
  styles: string;
  /** swagger-ui-dist's LICENSE and NOTICE, which travel with the copied files. */
  license: string;
  notice: string;
}

/** Reads the assets from the installed swagger-ui-dist package. */
export function loadSwaggerUiAssets(): SwaggerUiAssets {
  const dir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    // The source map is not copied, so the comment pointing at it goes too.
    script: read('swagger-ui-bundle.js').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'),
    styles: read('swagger-ui.css').replace(/\n*\/\*# sourceMappingURL=[^*]*\*\/\s*$/, '\n'),
    license: read('LICENSE'),
    notice: read('NOTICE'),
  };
}

export function emitSwaggerUi(model: Model, options: { dir: string }, assets: SwaggerUiAssets = loadSwaggerUiAssets()): EmittedFile[] {
  const title = `${titleLine(model.protocol.title) ?? model.protocol.name} — Swagger UI`;
  const page = `<!doctype html>
<!-- ${htmlText(headerText(model).replace(/\n/g, ' '))} -->
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${htmlText(title)}</title>
    <link rel="stylesheet" href="./swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="./swagger-ui-bundle.js"></script>
    <script id="openapi" type="application/json">${scriptJson(toOpenApi30(clean(buildOpenApi(model)) as Record<string, unknown>))}</script>
    <script>
      window.ui = SwaggerUIBundle({
        spec: JSON.parse(document.getElementById('openapi').textContent),
        dom_id: '#swagger-ui',
        // The default validator badge sends the document to an outside host.
        validatorUrl: null,
        displayOperationId: true,
        filter: true,
        // Tags start folded: with some 200 operations, rendering them all at once takes seconds.
        docExpansion: 'none',
        defaultModelsExpandDepth: 0,
      });
      // Swagger UI resolves $refs against the document's URL, and it cannot resolve against a
      // file:// one. A name under the reserved .invalid domain gives it a base; nothing is
      // fetched from it, since the document it names is the inlined one.
      window.ui.specActions.updateUrl('https://onebot.invalid/onebot11.json');
    </script>
  </body>
</html>
`;
  return [
    { path: `${options.dir}/index.html`, content: page },
    { path: `${options.dir}/swagger-ui-bundle.js`, content: assets.script },
    { path: `${options.dir}/swagger-ui.css`, content: assets.styles },
    { path: `${options.dir}/LICENSE`, content: assets.license },
    { path: `${options.dir}/NOTICE`, content: assets.notice },
  ];
}
