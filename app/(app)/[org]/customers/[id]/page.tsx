import { getLocale, getTranslations } from "next-intl/server";
import { WhoCanSee } from "@/components/access/who-can-see";
import { CustomerContractsCard } from "@/components/contracts/customer-contracts-card";
import { CustomerPlansCard } from "@/components/plans/customer-plans-card";
import { CustomerSchedulesCard } from "@/components/schedules/customer-schedules-card";
import { ActivityFeed } from "@/components/activity/activity-feed";
import { ContactsCard } from "@/components/customers/detail/contacts-card";
import { CustomerDetails } from "@/components/customers/detail/customer-details";
import { CustomerTechnicians } from "@/components/customers/detail/customer-technicians";
import { CustomerHeader } from "@/components/customers/detail/customer-header";
import { loadCustomerRecord } from "@/components/customers/detail/load-customer-record";
import { NoteComposer } from "@/components/customers/detail/note-composer";
import { NotesList } from "@/components/customers/detail/notes-list";
import { SupportHistoryCard } from "@/components/service/pending/support-history-card";
import { CustomerServiceCard } from "@/components/service/record/customer-service-card";
import { AccessDenied } from "@/components/shell/access-denied";
import { CustomerWorkCard } from "@/components/work-items/customer-work-card";
import { Card, CardHeader } from "@/components/ui/card";
import { loadOrDeny } from "@/lib/actions/load-or-deny";
import { listActivities } from "@/lib/activity/list-activities";
import { listCustomerContracts } from "@/lib/contracts/list-customer-contracts";
import { listCustomerPlans } from "@/lib/plans/list-customer-plans";
import { listCustomerSchedules } from "@/lib/schedules/list-customer-schedules";
import { listCustomerTechnicians } from "@/lib/customers/list-customer-technicians";
import { listNotes } from "@/lib/notes/list-notes";
import { listCustomerServiceRecords } from "@/lib/service/list-customer-service-records";
import { listSupportHistory } from "@/lib/service/support-history";
import type { Locale } from "@/lib/i18n/locales";
import { can } from "@/lib/permissions/can";
import { listCustomerWork } from "@/lib/work-items/list-customer-work";

type Params = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata({ params }: Params) {
  const { org, id } = await params;
  const record = await loadOrDeny(() => loadCustomerRecord(org, id));
  return { title: record.denied ? (await getTranslations("errors"))("deniedTitle") : record.data.customer.name };
}

/** SPEC C4: the customer with its contacts, work (tasks, issues, events, records), notes and activity feed; edit and delete from here. */
export default async function CustomerPage({ params }: Params) {
  const { org, id } = await params;
  const record = await loadOrDeny(() => loadCustomerRecord(org, id));
  if (record.denied) return <AccessDenied />;
  const { ctx, customer, parent, choices } = record.data;
  const locale = await getLocale();
  const canSeeService = can(ctx.actor, "serviceRecords.view");
  const [feed, notes, serviceRecords, history, technicians, contracts, plans, schedules, work] = await Promise.all([
    can(ctx.actor, "activities.view") ? listActivities(ctx, { customerId: customer.id }) : null,
    listNotes(ctx, { customerId: customer.id }),
    canSeeService ? listCustomerServiceRecords(ctx, { customerId: customer.id }, locale) : null,
    canSeeService ? listSupportHistory(ctx, { customerId: customer.id }, locale) : null,
    listCustomerTechnicians(ctx, { customerId: customer.id }),
    can(ctx.actor, "contracts.view") ? listCustomerContracts(ctx, { customerId: customer.id }, locale as Locale) : null,
    can(ctx.actor, "plans.view") ? listCustomerPlans(ctx, { customerId: customer.id }) : null,
    can(ctx.actor, "schedules.view") ? listCustomerSchedules(ctx, { customerId: customer.id }) : null,
    can(ctx.actor, "tasks.view") ? listCustomerWork(ctx, { customerId: customer.id }) : null,
  ]);
  const t = await getTranslations("customer");
  const slug = ctx.org.slug;
  const names = Object.fromEntries([
    ...choices.members.map((m) => [m.id, m.name]),
    ...choices.regions.map((r) => [r.id, r.label]),
    ...choices.tags.map((r) => [r.id, r.label]),
    ...(parent ? [[parent.id, parent.name]] : []),
  ]);

  return (
    <>
      <CustomerHeader
        orgSlug={slug}
        customer={customer}
        canUpdate={can(ctx.actor, "customers.update")}
        canDelete={can(ctx.actor, "customers.delete")}
        contract={contracts?.current ?? null}
      />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <CustomerDetails orgSlug={slug} customer={customer} parent={parent} choices={choices} />
          <CustomerTechnicians
            orgSlug={slug}
            customerId={customer.id}
            chosen={technicians.chosen}
            technicians={technicians.technicians}
            left={technicians.left}
            names={names}
            canUpdate={can(ctx.actor, "customers.update")}
          />
          <ContactsCard
            orgSlug={slug}
            customerId={customer.id}
            contacts={customer.contacts}
            canCreate={can(ctx.actor, "contacts.create")}
            canUpdate={can(ctx.actor, "contacts.update")}
            canDelete={can(ctx.actor, "contacts.delete")}
            phoneCountry={ctx.org.phoneCountry}
          />
          {work && (
            <CustomerWorkCard
              orgSlug={slug}
              customer={{ id: customer.id, name: customer.name }}
              work={work}
              canCreate={can(ctx.actor, "tasks.create")}
              canWriteMeetingNote={can(ctx.actor, "meetings.create")}
            />
          )}
          {contracts && (
            <CustomerContractsCard
              orgSlug={slug}
              customerId={customer.id}
              contracts={contracts.rows}
              canCreate={can(ctx.actor, "contracts.create")}
            />
          )}
          {plans && <CustomerPlansCard orgSlug={slug} customerId={customer.id} plans={plans} canCreate={can(ctx.actor, "plans.create")} />}
          {schedules && (
            <CustomerSchedulesCard orgSlug={slug} customerId={customer.id} schedules={schedules} canCreate={can(ctx.actor, "schedules.create")} />
          )}
          {serviceRecords && (
            <CustomerServiceCard
              orgSlug={slug}
              customerId={customer.id}
              records={serviceRecords}
              canCreate={can(ctx.actor, "serviceRecords.create")}
            />
          )}
          {history && <SupportHistoryCard orgSlug={slug} items={history} />}
        </div>
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("sections.notes")} />
            {can(ctx.actor, "notes.create") && <NoteComposer orgSlug={slug} customerId={customer.id} />}
            <NotesList
              orgSlug={slug}
              customerId={customer.id}
              initial={notes}
              canUpdate={can(ctx.actor, "notes.update")}
              canDelete={can(ctx.actor, "notes.delete")}
            />
          </Card>
          {can(ctx.actor, "access.explain") && <WhoCanSee orgSlug={slug} customerId={customer.id} members={choices.members} />}
          {feed && (
            <Card>
              <CardHeader title={t("sections.activity")} />
              <ActivityFeed orgSlug={slug} initial={feed} query={{ customerId: customer.id }} names={names} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
