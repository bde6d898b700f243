"use server";

import { orgMutation } from "@/lib/actions/result";
import { archiveProduct } from "./archive-product";
import { createProduct } from "./create-product";
import { updateProduct } from "./update-product";

export async function createProductAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => createProduct(ctx, values));
}

export async function updateProductAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => updateProduct(ctx, values));
}

export async function archiveProductAction(orgSlug: string, values: unknown) {
  return orgMutation(orgSlug, (ctx) => archiveProduct(ctx, values));
}
