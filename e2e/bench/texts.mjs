// The benchmark's 200 job-like texts, generated deterministically (same seed, same texts on every
// machine), 40–200 words each: a title line, then sentences about the role, skills and benefits
// drawn from fixed lists with a small seeded PRNG (mulberry32).

const TITLES = [
  'Senior Rust Engineer', 'Backend Developer (Go)', 'Registered Nurse, ICU', 'Data Analyst',
  'Warehouse Forklift Operator', 'Pastry Chef', 'Frontend Developer (React)', 'Accountant (CPA)',
  'Customer Support Specialist', 'Machine Learning Engineer', 'Retail Store Manager',
  'Journeyman Plumber', 'Long-Haul Truck Driver', 'Site Reliability Engineer', 'UX Designer',
  'Electrician', 'Product Manager', 'Dental Hygienist', 'High School Math Teacher',
  'C++ Embedded Engineer', 'DevOps Engineer', 'HR Generalist', 'Sous Chef', 'QA Automation Engineer',
];
const COMPANIES = [
  'a fast-growing fintech startup', 'a regional hospital network', 'a family-owned bakery',
  'a global logistics company', 'an open-source infrastructure company', 'a public school district',
  'a renewable energy cooperative', 'a mid-sized accounting firm', 'an e-commerce marketplace',
  'a municipal utilities department', 'a video game studio', 'a biotech research lab',
];
const DUTIES = [
  'design, build and operate services that handle millions of requests per day',
  'care for critically ill patients and coordinate with physicians and families',
  'prepare laminated doughs, croissants and plated desserts for a busy brunch service',
  'load, unload and move pallets safely while keeping inventory records accurate',
  'write SQL queries and dashboards that answer questions from the leadership team',
  'own month-end close, reconciliations and audit preparation under IFRS',
  'resolve customer tickets by email, chat and phone with empathy and speed',
  'train, evaluate and deploy models to production with careful monitoring',
  'lead a team of twenty-five associates and hit quarterly sales targets',
  'install and repair residential and commercial plumbing systems',
  'deliver freight across state lines on schedule with a clean safety record',
  'keep our Kubernetes clusters healthy and our on-call rotation humane',
  'run user research, build prototypes and ship accessible interfaces',
  'plan lessons, grade assignments and mentor students preparing for exams',
  'write firmware for microcontrollers and debug hardware with an oscilloscope',
  'automate end-to-end tests and keep the continuous integration pipeline fast',
  'recruit, onboard and support employees across three offices',
  'translate customer needs into a roadmap and clear written specifications',
];
const SKILLS = [
  'Rust', 'Go', 'Python', 'SQL', 'Kubernetes', 'Terraform', 'AWS', 'React', 'TypeScript', 'C++',
  'C#', '.NET', 'Node.js', 'PyTorch', 'Tableau', 'Excel', 'QuickBooks', 'Zendesk', 'Figma',
  'BLS and ACLS certification', 'a CDL Class A license', 'a forklift certification',
  'a journeyman license', 'ServSafe certification', 'Spanish and English', 'PostgreSQL', 'Kafka',
  'Linux', 'Docker', 'GraphQL', 'WCAG 2.1', 'A/B testing', 'pandas', 'Salesforce', 'OSHA 30',
];
const REQUIREMENTS = [
  'You have at least {n} years of professional experience in a similar role.',
  'You communicate clearly in writing and enjoy working with people from other teams.',
  'You are comfortable with ambiguity and take ownership of problems end to end.',
  'You can lift 50 pounds and stand for long periods during a shift.',
  'You hold a valid driver license and can pass a background check.',
  'You care about quality, safety and the people who depend on your work.',
  'Experience in a regulated industry such as healthcare or finance is a plus.',
  'A degree in a related field or equivalent practical experience is expected.',
];
const BENEFITS = [
  'We offer a competitive salary, health insurance and a 401(k) match.',
  'The role is fully remote within European time zones.',
  'This is an on-site position with rotating weekend shifts.',
  'Benefits include paid parental leave, a learning budget and four weeks of vacation.',
  'We are an equal opportunity employer and welcome applicants of all backgrounds.',
  'Relocation assistance is available for the right candidate.',
];

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns `count` job-like texts of `minWords`–`maxWords` words each, the same on every call. */
export function jobTexts({ count = 200, minWords = 40, maxWords = 200, seed = 20261123 } = {}) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = (text) => text.split(/\s+/).filter(Boolean).length;
  const texts = [];
  for (let index = 0; index < count; index++) {
    const target = minWords + Math.floor(random() * (maxWords - minWords + 1));
    const parts = [`${pick(TITLES)} at ${pick(COMPANIES)}.`];
    while (words(parts.join(' ')) < target) {
      const kind = random();
      if (kind < 0.35) parts.push(`You will ${pick(DUTIES)}.`);
      else if (kind < 0.6) parts.push(`Skills: ${pick(SKILLS)}, ${pick(SKILLS)} and ${pick(SKILLS)}.`);
      else if (kind < 0.85) parts.push(pick(REQUIREMENTS).replace('{n}', String(1 + Math.floor(random() * 9))));
      else parts.push(pick(BENEFITS));
    }
    // Trim to exactly `target` words so lengths spread evenly over the range.
    texts.push(parts.join(' ').split(/\s+/).slice(0, target).join(' '));
  }
  return texts;
}
