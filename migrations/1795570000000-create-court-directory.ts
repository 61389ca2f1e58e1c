import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The court directory of Virginia (issue 13): every county (95) and independent city (38) with the
 * juvenile and domestic relations district court, general district court, circuit court and
 * magistrate's office that serve it. Courts are facts of the Commonwealth, not of one
 * organisation, so these are reference tables without `organisation_id`; admins correct them
 * through the API (audited). Where one court serves several localities (Williamsburg-James City
 * County, York County-Poquoson, ...) the localities point at the same row; where a small county's
 * district court sits as one combined court for both dockets, its JDR and GDC are that one row
 * (kind COMBINED). A court id is a stable slug (`jdr-fairfax`, `circuit-roanoke-city`): petitions,
 * orders, closures and cases keep storing it, and closures may now name localities, each standing
 * for all the courts that serve it. `updated_by` has no foreign key on purpose: a key to app_user
 * would make every TRUNCATE ... CASCADE of the users (test resets, retention) empty the directory.
 */

const COUNTIES = [
  'Accomack',
  'Albemarle',
  'Alleghany',
  'Amelia',
  'Amherst',
  'Appomattox',
  'Arlington',
  'Augusta',
  'Bath',
  'Bedford',
  'Bland',
  'Botetourt',
  'Brunswick',
  'Buchanan',
  'Buckingham',
  'Campbell',
  'Caroline',
  'Carroll',
  'Charles City',
  'Charlotte',
  'Chesterfield',
  'Clarke',
  'Craig',
  'Culpeper',
  'Cumberland',
  'Dickenson',
  'Dinwiddie',
  'Essex',
  'Fairfax',
  'Fauquier',
  'Floyd',
  'Fluvanna',
  'Franklin',
  'Frederick',
  'Giles',
  'Gloucester',
  'Goochland',
  'Grayson',
  'Greene',
  'Greensville',
  'Halifax',
  'Hanover',
  'Henrico',
  'Henry',
  'Highland',
  'Isle of Wight',
  'James City',
  'King and Queen',
  'King George',
  'King William',
  'Lancaster',
  'Lee',
  'Loudoun',
  'Louisa',
  'Lunenburg',
  'Madison',
  'Mathews',
  'Mecklenburg',
  'Middlesex',
  'Montgomery',
  'Nelson',
  'New Kent',
  'Northampton',
  'Northumberland',
  'Nottoway',
  'Orange',
  'Page',
  'Patrick',
  'Pittsylvania',
  'Powhatan',
  'Prince Edward',
  'Prince George',
  'Prince William',
  'Pulaski',
  'Rappahannock',
  'Richmond',
  'Roanoke',
  'Rockbridge',
  'Rockingham',
  'Russell',
  'Scott',
  'Shenandoah',
  'Smyth',
  'Southampton',
  'Spotsylvania',
  'Stafford',
  'Surry',
  'Sussex',
  'Tazewell',
  'Warren',
  'Washington',
  'Westmoreland',
  'Wise',
  'Wythe',
  'York',
];

const CITIES = [
  'Alexandria',
  'Bristol',
  'Buena Vista',
  'Charlottesville',
  'Chesapeake',
  'Colonial Heights',
  'Covington',
  'Danville',
  'Emporia',
  'Fairfax',
  'Falls Church',
  'Franklin',
  'Fredericksburg',
  'Galax',
  'Hampton',
  'Harrisonburg',
  'Hopewell',
  'Lexington',
  'Lynchburg',
  'Manassas',
  'Manassas Park',
  'Martinsville',
  'Newport News',
  'Norfolk',
  'Norton',
  'Petersburg',
  'Poquoson',
  'Portsmouth',
  'Radford',
  'Richmond',
  'Roanoke',
  'Salem',
  'Staunton',
  'Suffolk',
  'Virginia Beach',
  'Waynesboro',
  'Williamsburg',
  'Winchester',
];

/** Small counties whose general district and JDR dockets are heard by one combined district court. */
const COMBINED_DISTRICT = [
  'Bath',
  'Bland',
  'Buckingham',
  'Charles City',
  'Charlotte',
  'Craig',
  'Cumberland',
  'Essex',
  'Highland',
  'King and Queen',
  'Lancaster',
  'Mathews',
  'Middlesex',
  'Northumberland',
  'Rappahannock',
  'Richmond',
  'Surry',
  'Sussex',
  'Westmoreland',
];

type Kind = 'JDR' | 'GDC' | 'CIRCUIT';

/** Courts that serve more than one locality: [kind, id, name, locality ids]. */
const SHARED: Array<[Kind, string, string, string[]]> = [
  [
    'CIRCUIT',
    'circuit-arlington',
    'Arlington County Circuit Court',
    ['arlington', 'falls-church-city'],
  ],
  ['CIRCUIT', 'circuit-fairfax', 'Fairfax County Circuit Court', ['fairfax', 'fairfax-city']],
  [
    'JDR',
    'jdr-fairfax',
    'Fairfax County Juvenile and Domestic Relations District Court',
    ['fairfax', 'fairfax-city'],
  ],
  [
    'CIRCUIT',
    'circuit-prince-william',
    'Prince William County Circuit Court',
    ['prince-william', 'manassas-city', 'manassas-park-city'],
  ],
  [
    'GDC',
    'gdc-prince-william',
    'Prince William County General District Court',
    ['prince-william', 'manassas-city', 'manassas-park-city'],
  ],
  [
    'JDR',
    'jdr-prince-william',
    'Prince William County Juvenile and Domestic Relations District Court',
    ['prince-william', 'manassas-city', 'manassas-park-city'],
  ],
  [
    'CIRCUIT',
    'circuit-williamsburg-james-city',
    'Williamsburg-James City County Circuit Court',
    ['james-city', 'williamsburg-city'],
  ],
  [
    'GDC',
    'gdc-williamsburg-james-city',
    'Williamsburg-James City County General District Court',
    ['james-city', 'williamsburg-city'],
  ],
  [
    'JDR',
    'jdr-williamsburg-james-city',
    'Williamsburg-James City County Juvenile and Domestic Relations District Court',
    ['james-city', 'williamsburg-city'],
  ],
  [
    'CIRCUIT',
    'circuit-york-poquoson',
    'York County-Poquoson Circuit Court',
    ['york', 'poquoson-city'],
  ],
  [
    'GDC',
    'gdc-york-poquoson',
    'York County-Poquoson General District Court',
    ['york', 'poquoson-city'],
  ],
  [
    'JDR',
    'jdr-york-poquoson',
    'York County-Poquoson Juvenile and Domestic Relations District Court',
    ['york', 'poquoson-city'],
  ],
  [
    'CIRCUIT',
    'circuit-rockingham',
    'Rockingham County Circuit Court',
    ['rockingham', 'harrisonburg-city'],
  ],
  [
    'GDC',
    'gdc-harrisonburg-rockingham',
    'Harrisonburg-Rockingham General District Court',
    ['rockingham', 'harrisonburg-city'],
  ],
  [
    'JDR',
    'jdr-harrisonburg-rockingham',
    'Harrisonburg-Rockingham Juvenile and Domestic Relations District Court',
    ['rockingham', 'harrisonburg-city'],
  ],
  [
    'CIRCUIT',
    'circuit-rockbridge',
    'Rockbridge County Circuit Court',
    ['rockbridge', 'lexington-city'],
  ],
  [
    'GDC',
    'gdc-rockbridge',
    'Rockbridge County General District Court',
    ['rockbridge', 'lexington-city'],
  ],
  [
    'JDR',
    'jdr-rockbridge',
    'Rockbridge County Juvenile and Domestic Relations District Court',
    ['rockbridge', 'lexington-city'],
  ],
  [
    'CIRCUIT',
    'circuit-greensville',
    'Greensville County Circuit Court',
    ['greensville', 'emporia-city'],
  ],
  [
    'GDC',
    'gdc-greensville-emporia',
    'Greensville-Emporia General District Court',
    ['greensville', 'emporia-city'],
  ],
  [
    'JDR',
    'jdr-greensville-emporia',
    'Greensville-Emporia Juvenile and Domestic Relations District Court',
    ['greensville', 'emporia-city'],
  ],
  [
    'CIRCUIT',
    'circuit-alleghany',
    'Alleghany County Circuit Court',
    ['alleghany', 'covington-city'],
  ],
  [
    'GDC',
    'gdc-alleghany',
    'Alleghany County General District Court',
    ['alleghany', 'covington-city'],
  ],
  [
    'JDR',
    'jdr-alleghany',
    'Alleghany County Juvenile and Domestic Relations District Court',
    ['alleghany', 'covington-city'],
  ],
  [
    'CIRCUIT',
    'circuit-wise',
    'Wise County and City of Norton Circuit Court',
    ['wise', 'norton-city'],
  ],
  ['GDC', 'gdc-wise-norton', 'Wise County-Norton General District Court', ['wise', 'norton-city']],
  [
    'JDR',
    'jdr-wise-norton',
    'Wise County-Norton Juvenile and Domestic Relations District Court',
    ['wise', 'norton-city'],
  ],
  [
    'CIRCUIT',
    'circuit-southampton',
    'Southampton County Circuit Court',
    ['southampton', 'franklin-city'],
  ],
  [
    'JDR',
    'jdr-charlottesville-albemarle',
    'Charlottesville-Albemarle Juvenile and Domestic Relations District Court',
    ['albemarle', 'charlottesville-city'],
  ],
  [
    'JDR',
    'jdr-winchester-frederick',
    'Winchester-Frederick County Juvenile and Domestic Relations District Court',
    ['frederick', 'winchester-city'],
  ],
];

interface Locality {
  id: string;
  name: string;
  kind: 'county' | 'city';
  base: string;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function localities(): Locality[] {
  return [
    ...COUNTIES.map((n) => ({
      id: slug(n),
      name: `${n} County`,
      kind: 'county' as const,
      base: n,
    })),
    ...CITIES.map((n) => ({
      id: `${slug(n)}-city`,
      name: `${n} City`,
      kind: 'city' as const,
      base: n,
    })),
  ];
}

const KIND_NAMES: Record<Kind, string> = {
  JDR: 'Juvenile and Domestic Relations District Court',
  GDC: 'General District Court',
  CIRCUIT: 'Circuit Court',
};
const KIND_PREFIX: Record<Kind, string> = { JDR: 'jdr', GDC: 'gdc', CIRCUIT: 'circuit' };

export class CreateCourtDirectory1795570000000 implements MigrationInterface {
  name = 'CreateCourtDirectory1795570000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table court (
        id text not null,
        kind text not null,
        name text not null,
        address text,
        phone text,
        active boolean not null default true,
        updated_at timestamptz not null default now(),
        updated_by uuid,
        constraint pk_court primary key (id),
        constraint uq_court_name unique (name),
        constraint ck_court_kind check (kind in ('JDR', 'GDC', 'COMBINED', 'CIRCUIT', 'MAGISTRATE')),
        constraint ck_court_id check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        constraint ck_court_name check (length(trim(name)) > 0)
      )`);
    await q.query(`
      create table court_locality (
        id text not null,
        name text not null,
        kind text not null,
        jdr_court_id text not null,
        gdc_court_id text not null,
        circuit_court_id text not null,
        magistrate_court_id text not null,
        constraint pk_court_locality primary key (id),
        constraint uq_court_locality_name unique (name),
        constraint ck_court_locality_kind check (kind in ('county', 'city')),
        constraint fk_court_locality_jdr foreign key (jdr_court_id) references court (id) on delete restrict,
        constraint fk_court_locality_gdc foreign key (gdc_court_id) references court (id) on delete restrict,
        constraint fk_court_locality_circuit foreign key (circuit_court_id) references court (id) on delete restrict,
        constraint fk_court_locality_magistrate foreign key (magistrate_court_id) references court (id) on delete restrict
      )`);
    const courts = new Map<string, { kind: string; name: string }>();
    const served: Record<string, Record<'JDR' | 'GDC' | 'CIRCUIT' | 'MAGISTRATE', string>> = {};
    const shared = new Map<string, string>();
    for (const [kind, id, name, ids] of SHARED) {
      courts.set(id, { kind, name });
      for (const l of ids) shared.set(`${kind}:${l}`, id);
    }
    for (const l of localities()) {
      const own = (kind: Kind): string => {
        const sharedId = shared.get(`${kind}:${l.id}`);
        if (sharedId) return sharedId;
        const id = `${KIND_PREFIX[kind]}-${l.id}`;
        courts.set(id, { kind, name: `${l.name} ${KIND_NAMES[kind]}` });
        return id;
      };
      const combined = l.kind === 'county' && COMBINED_DISTRICT.includes(l.base);
      let jdr: string;
      let gdc: string;
      if (combined) {
        jdr = gdc = `district-${l.id}`;
        courts.set(jdr, { kind: 'COMBINED', name: `${l.name} Combined District Court` });
      } else {
        jdr = own('JDR');
        gdc = own('GDC');
      }
      const magistrate = `magistrate-${l.id}`;
      courts.set(magistrate, { kind: 'MAGISTRATE', name: `Magistrate's Office, ${l.name}` });
      served[l.id] = { JDR: jdr, GDC: gdc, CIRCUIT: own('CIRCUIT'), MAGISTRATE: magistrate };
    }
    for (const [id, c] of courts) {
      await q.query(`insert into court (id, kind, name) values ($1, $2, $3)`, [id, c.kind, c.name]);
    }
    for (const l of localities()) {
      const s = served[l.id];
      if (!s) throw new Error(`no courts computed for ${l.id}`);
      await q.query(
        `insert into court_locality (id, name, kind, jdr_court_id, gdc_court_id, circuit_court_id, magistrate_court_id)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [l.id, l.name, l.kind, s.JDR, s.GDC, s.CIRCUIT, s.MAGISTRATE],
      );
    }
    // Reference data: every organisation reads it; admins correct it through the API, audited.
    await q.query(`grant select, insert, update on court to haven_app`);
    await q.query(`grant select, update on court_locality to haven_app`);

    await q.query(`alter table court_closure add column locality_ids text[]`);
    await q.query(
      `alter table court_closure add constraint ck_court_closure_localities check (locality_ids is null or cardinality(locality_ids) > 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table court_closure drop constraint ck_court_closure_localities`);
    await q.query(`alter table court_closure drop column locality_ids`);
    await q.query(`drop table court_locality`);
    await q.query(`drop table court`);
  }
}
