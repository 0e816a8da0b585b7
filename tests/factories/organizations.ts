import type { Organization, OrganizationAdmin } from "@/lib/generated/prisma/client";
import { type FactoryDb, uniqueSuffix } from "./factory-db";

export async function createOrganization(db: FactoryDb, overrides: { name?: string } = {}): Promise<Organization> {
  return db.organization.create({ data: { name: overrides.name ?? `Organisation ${uniqueSuffix()}` } });
}

/** Makes the user an administrator of the organisation. */
export async function appointAdmin(db: FactoryDb, input: { organizationId: string; userId: string }): Promise<OrganizationAdmin> {
  return db.organizationAdmin.create({ data: { organizationId: input.organizationId, userId: input.userId } });
}
