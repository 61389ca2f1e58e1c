import type { CaseStage, OrderKind, Role } from '@haven/contracts';

/**
 * Demo organisations, staff and cases. Every person here is invented; the e-mail domains are the
 * reserved `.example` names. The demo password is printed by `npm run demo` and in the README.
 */
export const DEMO_PASSWORD = 'haven-demo-passphrase';

export interface DemoUser {
  key: string;
  email: string;
  displayName: string;
  role: Role;
}
export interface DemoCase {
  reference: string;
  clientName: string;
  respondentName: string;
  /** Invented contact details, stored encrypted like any client's. */
  clientAddress?: string;
  clientPhone?: string;
  stage: CaseStage;
  orderKind: OrderKind | null;
  advocateKey: string | null;
  openedOn: string;
}
export interface DemoOrganisation {
  slug: string;
  name: string;
  users: DemoUser[];
  cases: DemoCase[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    slug: 'blue-ridge-demo',
    name: 'Blue Ridge Legal Aid (demo)',
    users: [
      {
        key: 'avery',
        email: 'advocate@blueridge.example',
        displayName: 'Avery Quillfeather',
        role: 'advocate',
      },
      {
        key: 'rowan',
        email: 'advocate2@blueridge.example',
        displayName: 'Rowan Thistlewood',
        role: 'advocate',
      },
      {
        key: 'morgan',
        email: 'supervisor@blueridge.example',
        displayName: 'Morgan Larkspur',
        role: 'supervisor',
      },
      {
        key: 'jules',
        email: 'staff@blueridge.example',
        displayName: 'Jules Fennimore',
        role: 'staff',
      },
      {
        key: 'sam',
        email: 'admin@blueridge.example',
        displayName: 'Sam Okonkwo-Vale',
        role: 'admin',
      },
    ],
    cases: [
      {
        reference: 'HV-2026-0001',
        clientName: 'Delphine Marrowby',
        clientAddress: '417 Quillfeather Lane, Fairfax, VA',
        clientPhone: '540-555-0199',
        respondentName: 'Carter Voss-Haldane',
        stage: 'intake',
        orderKind: null,
        advocateKey: 'avery',
        openedOn: '2026-11-20',
      },
      {
        reference: 'HV-2026-0002',
        clientName: 'Imogen Brightwater',
        respondentName: 'Lyle Penhallow',
        stage: 'petition_filed',
        orderKind: 'FA_EPO',
        advocateKey: 'avery',
        openedOn: '2026-11-16',
      },
      {
        reference: 'HV-2026-0003',
        clientName: 'Tamsin Orchardley',
        respondentName: 'Brock Elsworth',
        stage: 'awaiting_service',
        orderKind: 'FA_PPO',
        advocateKey: 'avery',
        openedOn: '2026-11-09',
      },
      {
        reference: 'HV-2026-0004',
        clientName: 'Noor Castellane',
        respondentName: 'Dalton Greaves',
        stage: 'hearing_scheduled',
        orderKind: 'AOV_PPO',
        advocateKey: 'avery',
        openedOn: '2026-10-28',
      },
      {
        reference: 'HV-2026-0005',
        clientName: 'Priya Wexmoor',
        respondentName: 'Garrett Ashdown',
        stage: 'order_in_effect',
        orderKind: 'FA_PO',
        advocateKey: 'avery',
        openedOn: '2026-03-02',
      },
      {
        reference: 'HV-2026-0006',
        clientName: 'Maribel Sandoval-Reyes',
        respondentName: 'Curtis Blakemore',
        stage: 'extension_pending',
        orderKind: 'FA_PO',
        advocateKey: 'rowan',
        openedOn: '2026-01-12',
      },
      {
        reference: 'HV-2026-0007',
        clientName: 'Hazel Underbrook',
        respondentName: 'Vince Harrowgate',
        stage: 'closed',
        orderKind: 'AOV_PO',
        advocateKey: 'rowan',
        openedOn: '2026-02-03',
      },
      {
        reference: 'HV-2026-0008',
        clientName: 'Ottilie Fernsby',
        respondentName: 'Reece Calloway',
        stage: 'awaiting_service',
        orderKind: 'FA_EPO',
        advocateKey: null,
        openedOn: '2026-11-21',
      },
    ],
  },
  {
    slug: 'tidewater-demo',
    name: "Tidewater Survivors' Law Project (demo)",
    users: [
      {
        key: 'quinn',
        email: 'advocate@tidewater.example',
        displayName: 'Quinn Saltmarsh',
        role: 'advocate',
      },
      {
        key: 'blair',
        email: 'supervisor@tidewater.example',
        displayName: 'Blair Windrow',
        role: 'supervisor',
      },
    ],
    cases: [
      {
        reference: 'HV-2026-0001',
        clientName: 'Wren Galloway-Pike',
        respondentName: 'Dorian Strand',
        stage: 'hearing_scheduled',
        orderKind: 'FA_PPO',
        advocateKey: 'quinn',
        openedOn: '2026-11-10',
      },
      {
        reference: 'HV-2026-0002',
        clientName: 'Saoirse Tamblyn',
        respondentName: 'Keegan Marsh',
        stage: 'order_in_effect',
        orderKind: 'AOV_PO',
        advocateKey: 'quinn',
        openedOn: '2025-12-01',
      },
    ],
  },
];
