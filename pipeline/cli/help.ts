// Every word of the CLI a person reads: what each command and flag is for, the examples, and the
// messages the commands print. Kept together so that they can be offered in Vietnamese and
// English later by swapping this one module. The layout of --help is commander's
// (pipeline/cli/program.ts); the rendered results (summaries, search hits, links) are the
// renderers' own (output/, pipeline/cli/commands/).

export const PROGRAM_HELP = {
  description:
    'Read Vietnamese emulation-and-commendation plans (Kế hoạch thi đua, khen thưởng): extract a record from each, store, search and compare them.',
  helpOption: 'show this help',
  helpCommand: 'show the help of a command',
  versionOption: 'print the version',
  /** After the list of commands. */
  footer:
    '\nThe store: every command that reads or writes plans takes --db PATH (or KEHOACH_DB; default ./kehoach.db).\n' +
    'Exit codes: 0 done, 1 some or all inputs failed, 2 the command line was wrong.\n' +
    'Run "kehoach <command> --help" for the options and examples of one command.\n',
};

export interface CommandHelp {
  /** One line, shown in the list of commands and at the top of the command's help. */
  summary: string;
  /** The positional arguments, as "[name...]" or "<name>", with what they are. */
  argument?: { name: string; description: string };
  examples: string[];
}

// Keyed by command and flag name; commands.ts and flags.ts check that every one has its text.
export const COMMAND_HELP = {
  ingest: {
    summary: 'read, extract and store every document given (folders recursively); files already stored are skipped',
    argument: { name: '[paths...]', description: 'files and folders to read (any mix of formats)' },
    examples: ['kehoach ingest ~/scans/ --db plans.db', 'kehoach ingest plan.pdf --force --ocr-engine native'],
  },
  extract: {
    summary: 'run the pipeline on one file and print the record, storing nothing',
    argument: { name: '[file]', description: 'the document to read' },
    examples: ['kehoach extract plan.docx', 'kehoach extract scan.pdf --json --restore never > record.json'],
  },
  show: {
    summary: "one stored plan: a summary and its sources, or its record (the primary source's, corrections applied) with --json",
    argument: { name: '[plan]', description: "a plan id or a unique prefix (4+ hex digits), a source's id, or the plan's number" },
    examples: ['kehoach show 05/KH-HĐTĐKT', 'kehoach show 3fa2c1 --json'],
  },
  list: {
    summary: 'the stored plans, one a line (each once, however many files it came as): plan id, number, date, level, issuer, title, task count, files',
    examples: ['kehoach list --level ward --year 2024', 'kehoach list --json'],
  },
  export: {
    summary: "stored plans' records (one per plan, corrections applied) as a JSON array, JSON Lines or a CSV sheet of tasks",
    examples: ['kehoach export --format csv --out tasks.csv', 'kehoach export --format jsonl --since 2024-05-01'],
  },
  schema: {
    summary: 'print the JSON Schema of a record (output/plan.schema.json)',
    examples: ['kehoach schema > plan.schema.json'],
  },
  restore: {
    summary: 'restore Vietnamese diacritics (and repair OCR noise) in plain text, line for line',
    argument: { name: '[file]', description: 'a text file, or - (or nothing) for standard input' },
    examples: ['kehoach restore notes.txt', 'echo "ke hoach thi dua" | kehoach restore --changes'],
  },
  search: {
    summary: 'full-text search, insensitive to case, diacritics, tone placement, đ/d and i/y',
    argument: { name: '[query...]', description: 'the words to look for; "quoted words" must stand together' },
    examples: ['kehoach search "an toan thuc pham" --level ward', 'kehoach search khen thưởng --movement "nguoi tot" --json'],
  },
  links: {
    summary: 'what a plan implements (up to the top), what implements it, and references not in the store',
    argument: { name: '[document]', description: 'the id, an id prefix or the number of a stored plan' },
    examples: ['kehoach links 05/KH-HĐTĐKT', 'kehoach links 3fa2c1 --json'],
  },
  compare: {
    summary: 'two stored plans side by side: movements, tasks, deadline conflicts, shared references',
    argument: { name: '[documents...]', description: 'two plans: ids, id prefixes or numbers' },
    examples: ['kehoach compare 12/KH-UBND 05/KH-HĐTĐKT', 'kehoach compare 3fa2c1 9b07de --html compare.html'],
  },
  correct: {
    summary: "correct one value of a plan: kept beside the machine's record, applied wherever the plan is read, kept through reprocessing",
    argument: {
      name: '[plan-path-value...]',
      description:
        'the plan (id, prefix or number), the field (document.title, document.date, tasks[3].lead, tasks[#2.1].deadline, tasks[3] with null to delete a row, tasks[+] to add one) and the value (JSON where it fits the field, else text)',
    },
    examples: [
      'kehoach correct 04/KH-HĐTĐKT document.title "Kiểm tra công tác thi đua năm 2023" --note "title cut by OCR"',
      'kehoach correct 3fa2c1 \'tasks[2].lead\' \'["Phòng Nội vụ"]\' --author lan',
      'kehoach correct 3fa2c1 \'tasks[5]\' null',
    ],
  },
  corrections: {
    summary: 'list or delete corrections, or move them between collections: export (JSON, by plan identity) or import a file of them',
    argument: { name: '[action-file...]', description: 'export, import FILE (- for standard input), list [plan], or delete ID' },
    examples: ['kehoach corrections export --out corrections.json', 'kehoach corrections import corrections.json --db other.db', 'kehoach corrections list 04/KH-HĐTĐKT', 'kehoach corrections delete 3f2a9c1b'],
  },
  review: {
    summary: 'what needs a look: open conflicts of corrections, the lowest-confidence task rows and restoration changes',
    argument: { name: '[plan]', description: 'one plan (id, prefix or number); all plans without' },
    examples: ['kehoach review', 'kehoach review 04/KH-HĐTĐKT --limit 50', 'kehoach review --json'],
  },
  primary: {
    summary: "choose which source file of a plan is its primary (its record is the plan's record); \"auto\" for the rule",
    argument: { name: '[plan-source...]', description: 'the plan, and a source id or prefix (or auto)' },
    examples: ['kehoach primary 04/KH-HĐTĐKT 9b07de', 'kehoach primary 04/KH-HĐTĐKT auto'],
  },
  serve: {
    summary: 'serve the store as web pages and a JSON API (OpenAPI at /api/openapi.json); prints the address on one line',
    examples: ['kehoach serve --db plans.db', 'kehoach serve --port 0 --author lan', 'kehoach serve --host 0.0.0.0 --port 8080 --token "$(openssl rand -hex 24)"'],
  },
  demo: {
    summary: 'ingest the bundled sample plans into a fresh database and show what was found (npm start)',
    examples: ['kehoach demo', 'kehoach demo --db /tmp/demo.db --restore never'],
  },
} satisfies Record<string, CommandHelp>;

export const FLAG_HELP = {
  db: 'the store file (default: KEHOACH_DB, else ./kehoach.db)',
  json: 'print JSON instead of text',
  force: 'store again files whose bytes are already stored',
  ocrEngine: 'OCR for scans: js (tesseract.js), native (the tesseract program) or auto (default)',
  restore: 'restore missing diacritics: auto (default) or never',
  tones: 'tone placement of restored words: modern (hòa, default) or classic (hoà)',
  maxFileMb: 'refuse files larger than this many megabytes (default 200)',
  maxPixels: 'refuse page images larger than this many pixels (default 100000000)',
  ocr: 'when to OCR a PDF page: auto (default: pages without a usable text layer, or whose layer is poor Vietnamese), always (like OCRmyPDF --force-ocr) or never (like --skip-text)',
  illumination: 'even out uneven light on page images before OCR (a phone photo with a shadow): auto (default: when the paper is measured uneven), always or never',
  maxPages: 'read at most this many pages of a document (default 1000); later pages are skipped with PAGES_OVER_LIMIT',
  since: 'only documents ingested on or after this date (YYYY-MM-DD)',
  from: "only documents whose own date is on or after this date (YYYY-MM-DD)",
  level: 'only documents of this issuer level (ward, district, city …)',
  issuer: 'only documents whose issuer name holds this text',
  year: "only documents of this year (the document's own date)",
  format: 'json (an array), jsonl (one record a line) or csv (one row per task)',
  out: 'write to this file (atomically) instead of standard output',
  type: 'only documents of this type code (KH, QĐ …; QD works too)',
  movement: 'only plans carrying a movement whose name holds these words in order',
  limit: 'at most this many plans, 1 to 200 (default 20)',
  rank: 'tiered (default: where the words are found) or bm25 (weighted relevance, slower)',
  html: 'also write the comparison as one self-contained HTML page',
  changes: 'list every changed word with its confidence on standard error',
  author: 'who made the correction (default: KEHOACH_AUTHOR, else the user name)',
  note: 'why: kept with the correction',
  host: 'the address to listen on (default 127.0.0.1); any other than 127.0.0.1, ::1 or localhost makes every request need the token',
  port: 'the port to listen on (default 8080; 0 for any free one)',
  token: 'the token writes (and, off loopback, all requests) must carry, 16+ characters (default: KEHOACH_TOKEN, else one generated and printed)',
} satisfies Record<string, string>;

/** What the commands say when the command line is wrong (exit 2): one line each. */
export const USAGE_MESSAGES = {
  unknownOption: (flag: string) => `unknown option ${flag} (see --help)`,
  needsValue: (flag: string) => `${flag} needs a value`,
  expectsPaths: 'expects at least one file or folder',
  expectsOneFile: 'expects exactly one file',
  expectsOneDocument: 'expects one document id, id prefix or number',
  expectsTwoPlans: 'expects two plans: kehoach compare <a> <b> (id, id prefix or number)',
  expectsAtMostOneFile: 'expects at most one file (or - for standard input)',
  takesNoArguments: 'takes no arguments',
  demoTakesNoArguments: 'takes no arguments (the samples are in corpus/samples/)',
  unexpectedArgument: (arg: string) => `unexpected argument "${arg}"`,
  expectsQuery: 'expects a query: the words to look for, e.g. kehoach search "an toàn thực phẩm"',
  queryHasNoWords: (query: string) => `the query "${query}" has no words to search for (only punctuation)`,
  htmlNeedsFile: '--html needs a file name',
  oneOf: (flag: string, allowed: readonly string[], got?: string) =>
    `${flag} must be one of ${allowed.join(', ')}${got !== undefined ? ` (got "${got}")` : ''}`,
  fourDigitYear: (flag: string, got: string) => `${flag} must be a four-digit year (got "${got}")`,
  isoDate: (flag: string, got: string) => `${flag} must be a date YYYY-MM-DD (got "${got}")`,
  positiveNumber: (flag: string, got: string) => `${flag} must be a positive number (got "${got}")`,
  limitRange: (got: string) => `--limit must be a number from 1 to 200 (got "${got}")`,
  rankChoice: (got: string) => `--rank must be tiered or bm25 (got "${got}")`,
  expectsCorrection: 'expects a plan, a field and a value: kehoach correct <plan> <path> <value>',
  expectsCorrectionsAction: 'expects export, import FILE, list [plan] or delete ID',
  expectsPlanAndSource: 'expects a plan and a source: kehoach primary <plan> <source-id|auto>',
  expectsAtMostOnePlan: 'expects at most one plan',
  portRange: (got: string) => `--port must be a number from 0 to 65535 (got "${got}")`,
  tokenTooShort: '--token must be at least 16 characters',
  movementHasNoWords: (got: string) => `--movement has no words to look for (got "${got}")`,
};

/** What the commands report on standard error as they go. */
export const STATUS_MESSAGES = {
  unknownCommand: (name: string) => `kehoach: unknown command "${name}"`,
  noPlan: (command: string, wanted: string) => `kehoach ${command}: no stored plan matches "${wanted}"`,
  severalPlans: (command: string, wanted: string, count: number) =>
    `kehoach ${command}: "${wanted}" matches ${count} plans; give more of the plan id:`,
  cannotRead: (command: string, path: string, reason: string) => `kehoach ${command}: cannot read ${path}: ${reason}`,
  written: (path: string) => `written ${path}`,
  exported: (count: number, csv: boolean) => `${count} ${csv ? 'task rows' : 'records'} exported`,
  exportedTo: (count: number, csv: boolean, path: string) => `${count} ${csv ? 'task rows' : 'records'} written to ${path}`,
  noStoredPlans: 'no stored plans',
  cannotCorrect: (reason: string) => `kehoach correct: ${reason}; nothing was changed`,
  corrected: (path: string, plan: string, conflict: boolean) =>
    `corrected ${path} of plan ${plan}${conflict ? ' (the machine value differs from the one shown: check with kehoach review)' : ''}`,
  replacedCorrections: (count: number) => `(replaces ${count} earlier correction${count === 1 ? '' : 's'} of this field)`,
  noCorrection: (wanted: string, count: number) =>
    count > 1 ? `kehoach corrections: "${wanted}" matches ${count} corrections; give more of the id` : `kehoach corrections: no correction matches "${wanted}" (4+ characters of its id, see corrections list)`,
  correctionDeleted: (path: string, plan: string) => `deleted the correction of ${path} of plan ${plan}`,
  correctionsExported: (corrections: number, plans: number) => `${corrections} corrections of ${plans} plans exported`,
  correctionsImported: (imported: number, present: number) => `${imported} corrections imported, ${present} already present`,
  unmatchedPlans: (identities: readonly string[]) => `no stored plan matches ${identities.length} plan(s) of the file: ${identities.join('; ')}`,
  badCorrectionsFile: (path: string, reason: string) => `kehoach corrections: ${path}: ${reason}; nothing was imported`,
  notASource: (wanted: string) => `kehoach primary: no source of this plan matches "${wanted}"`,
  primarySet: (source: string, plan: string) => `primary of plan ${plan}: ${source}`,
  primaryAuto: (source: string, plan: string) => `primary of plan ${plan}: by the rule (${source})`,
  serveToken: (token: string, url: string) => `token: ${token} (writes send it as Authorization: Bearer TOKEN; a browser opens ${url}?token=${token} once)`,
  serveStopped: 'server stopped',
  cannotListen: (address: string, reason: string) => `kehoach serve: cannot listen on ${address}: ${reason}`,
  ingestSummary: (stored: number, skipped: number, failed: number, db: string) =>
    `${stored} stored, ${skipped} skipped, ${failed} failed (${db})`,
  interrupted: (stored: number) => `interrupted: ${stored} stored so far are kept; run the same command again to resume`,
  alreadyStored: (id: string) => `already stored (${id})`,
  noRecord: 'no record produced',
  demoIngesting: (samples: string, db: string) => `Ingesting the sample plans of ${samples} into ${db}`,
  demoTry: (db: string) =>
    `Try: kehoach search "nguoi tot viec tot" --db ${db}   ·   kehoach links <number> --db ${db}\n` +
    `     kehoach compare <a> <b> --html compare.html --db ${db}   ·   kehoach export --format csv --db ${db}`,
  demoHeadings: {
    stored: (count: number) => `== Stored plans (${count}) ==`,
    onePlan: '== One plan in full ==',
    chains: '== Which plan implements which ==',
    noChains: '  (no stored plan implements another stored plan)',
    compared: '== A plan beside the plan it implements ==',
  },
};

/** The words of the results the commands print on a terminal (list, show, search, links, ingest). */
export const RESULT_LABELS = {
  noNumber: '(không số)',
  blankSerial: '(số trống)',
  /** An ingest line for a plan without a number. */
  ingestNoNumber: '(no number)',
  ingestTasks: (count: number) => `${count} tasks`,
  ingestPartial: (codes: readonly string[]) => `partial: ${codes.join(', ')}`,
  taskCount: (count: number) => `${count} nhiệm vụ`,
  id: 'Mã',
  file: 'Tệp',
  queryCut: (dropped: number) => `(${dropped} từ cuối của truy vấn bị bỏ qua: quá dài)`,
  nothingFound: (terms: string) => `Không tìm thấy văn bản nào cho "${terms}".`,
  snippetPart: { title: 'trích yếu', text: 'nội dung', movement: 'phong trào', task: 'nhiệm vụ' },
  relation: { implements: 'thực hiện', basis: 'căn cứ', mentions: 'nhắc đến' },
  confidence: (value: string, method: string) => `độ tin cậy ${value}, ${method}`,
  upstream: (count: number) => `Cấp trên / văn bản được thực hiện (${count}):`,
  downstream: (count: number) => `Văn bản thực hiện kế hoạch này (${count}):`,
  unresolved: (count: number) => `Dẫn chiếu chưa có trong kho (${count}):`,
  referenceDate: (date: string) => ` ngày ${date}`,
  referenceIssuer: (issuer: string) => ` của ${issuer}`,
  sourceCount: (count: number) => `${count} tệp`,
  plan: 'Kế hoạch (mã)',
  sources: (count: number) => `Tệp nguồn (${count}):`,
  primary: 'chính',
  ocr: 'OCR',
  joinedBy: { identity: 'cùng số hiệu', text: 'văn bản gần như trùng', new: '' },
  corrections: (count: number) => `Đính chính (${count}):`,
  similar: (count: number) => `Văn bản gần giống (chưa gộp) (${count}):`,
  similarity: (value: string) => `độ giống ${value}`,
  review: {
    conflicts: (count: number) => `Đính chính cần xem lại (${count}):`,
    tasks: (count: number) => `Dòng nhiệm vụ có độ tin cậy thấp nhất (${count}):`,
    changes: (count: number) => `Từ được khôi phục / sửa có độ tin cậy thấp nhất (${count}):`,
    reason: { 'machine-changed': 'máy nay đọc khác', 'row-missing': 'không còn tìm thấy dòng', 'row-now-extracted': 'máy nay đã đọc được dòng này' },
    machineNow: 'máy',
    then: 'trước',
    human: 'người',
    nothing: '  —',
  },
};
