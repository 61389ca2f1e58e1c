import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * Where an administrator lands: admins manage users and court closures and have no case access,
 * so there is no caseload to show them.
 */
@Component({
  selector: 'hv-no-case-access-page',
  templateUrl: './no-case-access-page.component.html',
  styleUrl: './no-case-access-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoCaseAccessPageComponent {}
