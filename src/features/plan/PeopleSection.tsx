import { ROLES, type Person, type Role } from '../../domain/agenda';
import { enPlan } from '../../i18n/en-plan';
import { Field, fieldId, RowError, type FieldErrors } from './PlanField';
import type { PlanEdit } from './use-plan-edit';

const f = enPlan.fields;

interface PeopleProps {
  readonly people: readonly Person[];
  readonly errors: FieldErrors;
  readonly edit: PlanEdit;
}

/** Everyone on the panel, one row each, in columns that line up. */
export function PeopleSection({ people, errors, edit }: PeopleProps) {
  const update = (index: number, changes: Partial<Person>) => edit({ type: 'updatePerson', index, changes });
  return (
    <section aria-labelledby="people-heading" className="plan-section">
      <h2 id="people-heading">{enPlan.people}</h2>
      <RowError path="people" errors={errors} />
      <ol className="plan-list plan-people">
        {people.map((person, i) => (
          <li key={`${person.id}-${i}`} className="person-row">
            <Field label={f.name} path={`people[${i}].name`} errors={errors}>
              {(p) => <input {...p} dir="auto" value={person.name} onChange={(e) => update(i, { name: e.target.value })} />}
            </Field>
            <Field label={f.honorific} path={`people[${i}].honorific`} errors={errors}>
              {(p) => (
                <input
                  {...p}
                  className="short"
                  dir="auto"
                  value={person.honorific ?? ''}
                  onChange={(e) => update(i, { honorific: e.target.value })}
                />
              )}
            </Field>
            <Field label={f.role} path={`people[${i}].role`} errors={errors}>
              {(p) => (
                <select {...p} value={person.role} onChange={(e) => update(i, { role: e.target.value as Role })}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {enPlan.roles[r]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={f.position} path={`people[${i}].position`} errors={errors}>
              {(p) => <input {...p} dir="auto" value={person.position ?? ''} onChange={(e) => update(i, { position: e.target.value })} />}
            </Field>
            <Field label={f.organization} path={`people[${i}].organization`} errors={errors}>
              {(p) => (
                <input {...p} dir="auto" value={person.organization ?? ''} onChange={(e) => update(i, { organization: e.target.value })} />
              )}
            </Field>
            <button type="button" className="remove" onClick={() => edit({ type: 'removePerson', index: i })}>
              {enPlan.remove(person.name || enPlan.person(i + 1))}
            </button>
          </li>
        ))}
      </ol>
      <div className="plan-buttons">
        <button
          type="button"
          onClick={() =>
            edit(
              { type: 'addPerson', role: people.some((p) => p.role === 'moderator') ? 'panelist' : 'moderator' },
              fieldId(`people[${people.length}].name`),
            )
          }
        >
          {enPlan.addPerson}
        </button>
      </div>
    </section>
  );
}
