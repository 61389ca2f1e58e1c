import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { map } from 'rxjs';

import { RULES_EFFECTIVE_FROM, RULES_VERSION, type RuleDefinition } from '@haven/rules';

import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { RULE_ENTRIES, searchRules } from './rules-search';

/**
 * `/rules`: every rule Haven applies, with its citation, version and the sentences it explains
 * itself with, so a supervisor or attorney can check a computation against the statute.
 * `?q=` keeps a search linkable; each rule has an anchor by its rules-spec number (`#R11`), and
 * an earlier version of an amended rule by its number and effective date (`#R10-2021-01-01`).
 */
@Component({
  selector: 'hv-rules-page',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, CivilDatePipe],
  templateUrl: './rules-page.component.html',
  styleUrl: './rules-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RulesPageComponent {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly version = RULES_VERSION;
  protected readonly effectiveFrom = RULES_EFFECTIVE_FROM;
  protected readonly total = RULE_ENTRIES.length;
  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(map((params) => params.get('q') ?? '')),
    { initialValue: '' },
  );
  protected readonly results = computed(() => searchRules(RULE_ENTRIES, this.query()));
  protected readonly summary = computed(() => {
    const shown = this.results().length;
    return shown === this.total
      ? `${this.total} rules`
      : `${shown} of ${this.total} rules match “${this.query().trim()}”`;
  });

  /** The newest version of each rule keeps the plain anchor, so links to `#R10` stay current. */
  private readonly newestFrom = RULE_ENTRIES.reduce((newest, { rule }) => {
    const seen = newest.get(rule.ref);
    if (!seen || rule.effectiveFrom > seen) newest.set(rule.ref, rule.effectiveFrom);
    return newest;
  }, new Map<string, string>());

  protected anchorOf(rule: RuleDefinition): string {
    return this.newestFrom.get(rule.ref) === rule.effectiveFrom
      ? rule.ref
      : `${rule.ref}-${rule.effectiveFrom}`;
  }

  protected search(value: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q: value.trim() === '' ? null : value },
      replaceUrl: true,
    });
  }
}
