import type { RepImportColumn } from '@shared/reps/rep-import';

type ColumnField = RepImportColumn['field'];

/** A header as a key: case, spaces and punctuation dropped, so "E-mail Address" is "emailaddress". */
export const headerKey = (header: string): string => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/*
 * The names rep lists really use for each field: our template's, Excel and Google Sheets lists
 * people type, and CRM and HR exports (Salesforce users: "First Name", "Last Name", "Email",
 * "Title"; HubSpot: "Email Address", "Job Title"; territory tools: "Sales Territory"; HR: "Hire Date").
 */
const SYNONYMS: Record<ColumnField, readonly string[]> = {
  name: ['name', 'fullname', 'repname', 'rep', 'salesrep', 'salesperson', 'employee', 'employeename', 'displayname'],
  firstName: ['firstname', 'givenname', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  email: ['email', 'emailaddress', 'workemail', 'businessemail', 'primaryemail', 'repemail', 'mail'],
  title: ['title', 'jobtitle', 'role', 'position', 'jobrole'],
  team: ['team', 'teamname', 'salesteam', 'group', 'department'],
  territory: ['territory', 'salesterritory', 'territoryname', 'region', 'area'],
  startDate: [
    'startdate',
    'start',
    'started',
    'hiredate',
    'datehired',
    'dateofhire',
    'joined',
    'joindate',
    'employmentstartdate',
  ],
  cadence: [
    'cadence',
    'oneononecadence',
    '11cadence',
    '1on1cadence',
    'meetingcadence',
    'frequency',
    'meetingfrequency',
    '11frequency',
  ],
};

const FIELD_OF_KEY = new Map<string, ColumnField>();
for (const field of Object.keys(SYNONYMS).filter(isColumnField)) {
  for (const key of SYNONYMS[field]) FIELD_OF_KEY.set(key, field);
}

function isColumnField(name: string): name is ColumnField {
  return Object.hasOwn(SYNONYMS, name);
}

export type ColumnMatch =
  | {
      ok: true;
      columns: RepImportColumn[];
      /** Field → index of its column in a record. */
      indexOf: Partial<Record<ColumnField, number>>;
      ignored: string[];
    }
  | { ok: false; message: string };

const TEMPLATE_HINT =
  'The first line must name the columns, like Name, Email, Title, Team, Territory, Start date, Cadence; ' +
  'download the template to start from one.';

/** Which column fills which rep field. Unknown headers are ignored; a field found twice is an error. */
export function matchColumns(headers: readonly string[]): ColumnMatch {
  const indexOf: Partial<Record<ColumnField, number>> = {};
  const columns: RepImportColumn[] = [];
  const ignored: string[] = [];
  for (const [index, raw] of headers.entries()) {
    const header = raw.trim();
    const field = FIELD_OF_KEY.get(headerKey(header));
    if (field === undefined) {
      if (header) ignored.push(header);
      continue;
    }
    const earlier = indexOf[field];
    if (earlier !== undefined) {
      return {
        ok: false,
        message: `Both "${headers[earlier]?.trim()}" and "${header}" look like the ${FIELD_LABELS[field]} column; keep one of them.`,
      };
    }
    indexOf[field] = index;
    columns.push({ header, field });
  }
  const hasName = indexOf.name !== undefined || indexOf.firstName !== undefined || indexOf.lastName !== undefined;
  if (!hasName) return { ok: false, message: `No column holds the rep's name. ${TEMPLATE_HINT}` };
  if (indexOf.email === undefined) {
    return {
      ok: false,
      message: `No column holds the rep's e-mail; Coachbook needs it to tell reps apart. ${TEMPLATE_HINT}`,
    };
  }
  return { ok: true, columns, indexOf, ignored };
}

export const FIELD_LABELS: Record<ColumnField, string> = {
  name: 'name',
  firstName: 'first name',
  lastName: 'last name',
  email: 'e-mail',
  title: 'title',
  team: 'team',
  territory: 'territory',
  startDate: 'start date',
  cadence: 'cadence',
};
