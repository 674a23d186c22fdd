/** Words and names for believable demo data. */
export const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chloe',
  'Diego',
  'Emma',
  'Farid',
  'Grace',
  'Hiro',
  'Isla',
  'Jonas',
  'Kemi',
  'Liam',
  'Maya',
  'Noah',
  'Olivia',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tara',
  'Umar',
  'Vera',
  'Wes',
  'Xin',
  'Yara',
  'Zoe',
] as const;

export const LAST_NAMES = [
  'Ruiz',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Brennan',
  'Haddad',
  'Kowalski',
  'Silva',
  'Nakamura',
  'Fischer',
  'Patel',
  'Osei',
  'Novak',
  'Rossi',
  'Murphy',
  'Andersen',
  'Costa',
  'Weber',
  'Khan',
] as const;

export const TEAMS = ['Enterprise', 'Mid-Market', 'SMB', 'Strategic Accounts'] as const;
export const TITLES = [
  'Account Executive',
  'Senior Account Executive',
  'Sales Development Rep',
  'Account Manager',
] as const;
export const TERRITORIES = [
  'North East',
  'West Coast',
  'DACH',
  'Nordics',
  'UK & Ireland',
  'Benelux',
  'Iberia',
  'Midwest',
] as const;

export const ACCOUNTS = [
  'Acme Logistics',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Stark Freight',
  'Wayne Retail',
  'Hooli',
  'Vandelay Imports',
  'Soylent Foods',
  'Tyrell Systems',
  'Cyberdyne',
  'Massive Dynamic',
  'Wonka Confections',
  'Oscorp Labs',
  'Pied Piper',
] as const;

export const HEADINGS = [
  'Wins since last time',
  'Pipeline',
  'Deals at risk',
  'Coaching',
  'Development',
  'Blockers',
] as const;

export const SENTENCES = [
  'Discovery call went well and the champion confirmed budget for next quarter.',
  'Procurement is asking for a three-year term with a bigger discount.',
  'We reviewed the call recording and the objection on price came too early.',
  'The economic buyer has not been in a meeting yet, which is the main risk.',
  'Pipeline coverage is at two and a half times quota for the quarter.',
  'Legal review is slower than expected because of the data processing addendum.',
  'Prospecting blocks on Tuesday and Thursday mornings are working.',
  'Follow-up emails after demos should go out the same day with a clear next step.',
  'The mutual action plan helped keep the evaluation on schedule.',
  'Talked about asking more problem questions before presenting the solution.',
  'Two new opportunities came from the partner referral programme.',
  'Forecast call: commit is solid, best case depends on the renewal upsell.',
  'Listening was better in the role play; fewer interruptions and better summaries.',
  'The security questionnaire is done and sent back to the customer.',
  'We agreed to qualify out of the deal if the sponsor does not respond by Friday.',
] as const;

export const ACTION_TEMPLATES = [
  'Send the revised proposal to {account}',
  'Book a meeting with the economic buyer at {account}',
  'Update close dates and next steps in the CRM for {account}',
  'Share the case study with the champion at {account}',
  'Run a discovery call role play before the {account} meeting',
  'Prepare the mutual action plan for {account}',
  'Ask {account} for the security questionnaire',
  'Qualify or close out the stalled {account} opportunity',
  'Book five prospecting meetings in the {territory} territory',
  'Listen back to the {account} call and note two better questions',
] as const;

export const MANAGER_ACTIONS = [
  'Get pricing approval for the {account} discount',
  'Introduce the rep to the solutions engineer for {account}',
  'Share the objection handling playbook',
  'Join the {account} call as executive sponsor',
] as const;

export const PRIVATE_SENTENCES = [
  'Seemed tired today; check in on workload next time.',
  'Consider for the team lead role next year.',
  'Performance concern: forecast accuracy keeps slipping.',
  'Mentioned a competing offer; talk about growth path.',
] as const;
