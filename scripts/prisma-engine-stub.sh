#!/bin/sh
# Stand-in for Prisma's native schema-engine binary, for machines that cannot download it.
#
# `prisma generate` only asks the engine for its version, so point the CLI here:
#   PRISMA_SCHEMA_ENGINE_BINARY=scripts/prisma-engine-stub.sh npx prisma generate
# Migrations do not go through this stub; they use the WebAssembly engine (lib/db/schema-engine.ts):
#   npx tsx scripts/db-migrate.ts                  apply pending migrations
#   npx tsx scripts/db-new-migration.ts <name>     create a migration from prisma/schema.prisma
#
# The hash is the engine commit of the installed prisma (see the version of
# @prisma/schema-engine-wasm in package.json); keep it in step when upgrading prisma.
ENGINE_HASH=0edf323efd1d98336f3f0a68684b56f689b900d3

case "$1" in
  --version | -V)
    echo "schema-engine-cli $ENGINE_HASH"
    exit 0
    ;;
esac

echo "prisma-engine-stub: this is not a real schema engine (called with: $*)." >&2
echo "Only 'prisma generate' works with it. For migrations use:" >&2
echo "  npx tsx scripts/db-migrate.ts               (apply pending migrations)" >&2
echo "  npx tsx scripts/db-new-migration.ts <name>  (create a migration)" >&2
echo "or unset PRISMA_SCHEMA_ENGINE_BINARY where Prisma can download its engine." >&2
exit 1
