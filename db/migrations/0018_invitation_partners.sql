CREATE TABLE "invitation_partners" (
	"org_id" uuid NOT NULL,
	"invitation_id" uuid NOT NULL,
	"partner_customer_id" uuid NOT NULL,
	CONSTRAINT "invitation_partners_org_id_invitation_id_pk" PRIMARY KEY("org_id","invitation_id")
);
--> statement-breakpoint
ALTER TABLE "invitation_partners" ADD CONSTRAINT "invitation_partners_org_id_invitation_id_invitations_org_id_id_fk" FOREIGN KEY ("org_id","invitation_id") REFERENCES "public"."invitations"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_partners" ADD CONSTRAINT "invitation_partners_org_id_partner_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","partner_customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;