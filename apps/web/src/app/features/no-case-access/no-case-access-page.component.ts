import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/**
 * Where an administrator lands: admins manage users and court closures and have no case access,
 * so there is no caseload to show them, only the way to their own pages.
 */
@Component({
  selector: 'hv-no-case-access-page',
  imports: [RouterLink],
  templateUrl: './no-case-access-page.component.html',
  styleUrl: './no-case-access-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoCaseAccessPageComponent {}
