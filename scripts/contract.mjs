// Build step after tsup: writes dist/json-schema/<kind>.json (each route's request body, draft 2020-12) and
// dist/openapi.json (OpenAPI 3.1) from the zod schemas in dist/contract.js. Each property's description is the TSDoc
// of the field in the library's own types, so the documentation has one source; a field without one fails the build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { answer, ROUTES, requestSchemaOf } from '../dist/contract.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const program = ts.createProgram(['src/index.ts'], {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  noEmit: true,
});
const checker = program.getTypeChecker();
const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile('src/index.ts')));

function typeNamed(name) {
  const symbol = exported.find((e) => e.name === name);
  if (symbol === undefined) throw new Error(`contract: src/index.ts exports no type ${name}`);
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return checker.getDeclaredTypeOfSymbol(target);
}

const docOf = (symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
const elementOf = (type) => checker.getIndexTypeOfType(type, ts.IndexKind.Number) ?? type;
const missing = [];

/** Gives every property of a JSON Schema the TSDoc of its field in `type`. */
function describe(schema, type, path) {
  if (schema.type === 'array' && schema.items !== undefined) describe(schema.items, type && elementOf(type), `${path}[]`);
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    // A union (a meeting on a date, or in a week) has each field on one of its members.
    const property = type?.getProperty(key) ?? type?.types?.map((t) => t.getProperty(key)).find((p) => p !== undefined);
    const doc = property === undefined ? '' : docOf(property);
    if (doc === '' && sub.description === undefined) missing.push(`${path}.${key}`);
    else if (doc !== '') sub.description = doc;
    describe(sub, property && checker.getNonNullableType(checker.getTypeOfSymbol(property)), `${path}.${key}`);
  }
}

function requestSchema(route) {
  const schema = requestSchemaOf(route);
  if (route.inputType !== null) describe(schema, typeNamed(route.inputType), route.kind);
  else
    for (const [key, sub] of Object.entries(schema.properties)) {
      sub.description = route.fields?.[key];
      if (sub.description === undefined) missing.push(`${route.kind}.${key}`);
      const typeName = route.fieldTypes?.[key];
      describe(sub, typeName && typeNamed(typeName), `${route.kind}.${key}`);
    }
  return schema;
}

const bodies = Object.fromEntries(ROUTES.map((r) => [r.kind, requestSchema(r)]));
if (missing.length > 0) {
  console.error(`contract: fields without a description (add TSDoc to the type):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
mkdirSync('dist/json-schema', { recursive: true });
for (const [kind, schema] of Object.entries(bodies)) writeFileSync(`dist/json-schema/${kind}.json`, `${JSON.stringify(schema, null, 2)}\n`);

// ---------- OpenAPI 3.1 ----------
const pascal = (kind) => kind.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());
const camel = (kind) => kind.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
const json = (schema, example) => ({ 'application/json': { schema, ...(example === undefined ? {} : { example }) } });
const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description) => ({ description, content: json(ref('Error')) });

const components = {
  Issue: {
    type: 'object',
    description: 'One problem of the input: where (a dot path, empty for the whole body) and what, in the caller’s language.',
    properties: { path: { type: 'string' }, message: { type: 'string' } },
    required: ['path', 'message'],
    additionalProperties: false,
  },
  Issues: {
    type: 'object',
    description: 'Every problem of the body at once, as the library’s InvalidInputError names them.',
    properties: { issues: { type: 'array', items: ref('Issue'), minItems: 1 } },
    required: ['issues'],
    additionalProperties: false,
  },
  Error: {
    type: 'object',
    description: 'A request the service cannot answer, in the caller’s language; `requestId` matches the log line.',
    properties: { error: { type: 'string' }, message: { type: 'string' }, requestId: { type: 'string' } },
    required: ['error', 'message', 'requestId'],
    additionalProperties: false,
  },
  Result: {
    description:
      'The library function’s result, exactly as it returns it (see the TypeScript type named in the operation; `holidays` answers a list).',
  },
};
const paths = {};
const parameters = [
  {
    name: 'locale',
    in: 'query',
    required: false,
    description: 'The language of every sentence: nb (default) or en. Overrides Accept-Language.',
    schema: { type: 'string', enum: ['nb', 'en'] },
  },
  {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description: 'nb, nn or no gives bokmål, en English; by q-value; bokmål when neither is named.',
    schema: { type: 'string' },
  },
];
for (const route of ROUTES) {
  const name = `${pascal(route.kind)}Input`;
  const { $schema: _s, $id: _i, 'x-rules-version': _v, ...body } = bodies[route.kind];
  components[name] = body;
  paths[`/v1/${route.kind}`] = {
    post: {
      operationId: camel(route.kind),
      summary: `${route.fn}: ${body.title}`,
      description: `${body.description} The answer is \`${route.resultType}\`.`,
      parameters,
      requestBody: { required: true, content: json(ref(name), route.example) },
      responses: {
        200: {
          description: `The ${route.resultType} of ${route.fn}.`,
          content: json(ref('Result'), answer(route.kind, route.example, 'en')),
        },
        400: { description: 'The body is not valid (or not JSON): every problem named.', content: json(ref('Issues')) },
        405: problem('Only POST.'),
        413: problem('The body is larger than the service takes.'),
        415: problem('The body is not application/json.'),
        500: problem('Something unexpected: the request id is in the log.'),
      },
    },
  };
}
const text = (description) => ({ description, content: { 'text/plain': { schema: { type: 'string' } } } });
paths['/v1/rules'] = {
  get: {
    operationId: 'rules',
    summary: 'The catalogue of rules: id, title and sources of each, in the caller’s language.',
    parameters,
    responses: { 200: { description: 'The catalogue.', content: json({ type: 'object' }) } },
  },
};
paths['/openapi.json'] = {
  get: {
    operationId: 'openapi',
    summary: 'This document.',
    responses: { 200: { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } },
  },
};
paths['/isalive'] = { get: { operationId: 'isAlive', summary: 'Liveness (NAIS).', responses: { 200: text('Alive.') } } };
paths['/isready'] = {
  get: {
    operationId: 'isReady',
    summary: 'Readiness (NAIS): 503 once the service is shutting down.',
    responses: { 200: text('Ready.'), 503: text('Shutting down.') },
  },
};

const openapi = {
  openapi: '3.1.0',
  info: {
    title: 'arr-rules',
    version,
    description:
      'The rules of NAV work-oriented rehabilitation (ARR) as RNNK runs it, over HTTP: one POST route per library function, its body the function’s input, its answer the function’s result. Every sentence comes in the caller’s language (nb or en).',
  },
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  paths,
  components: { schemas: components },
};
writeFileSync('dist/openapi.json', `${JSON.stringify(openapi, null, 2)}\n`);
