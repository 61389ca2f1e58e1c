# Shared by the scripts: load .env when present, then apply the documented defaults (.env.example).
if [ -f .env ]; then set -a; . ./.env; set +a; fi
# The API connects as haven_app (row-level security applies); migrations, the seed and the worker
# connect as the schema owner. Unless set, the owner URL is DATABASE_URL with the postgres user.
export DATABASE_URL="${DATABASE_URL:-postgres://haven_app:haven_app@127.0.0.1:5432/haven}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
with_user() { node -e 'const u=new URL(process.argv[1]); u.username=process.argv[2]; u.password=process.argv[3]; console.log(u.toString())' "$1" "$2" "$3"; }
export DATABASE_OWNER_URL="${DATABASE_OWNER_URL:-$(with_user "$DATABASE_URL" postgres postgres)}"
derive_db() { node -e 'const u=new URL(process.argv[1]); u.pathname="/"+process.argv[2]; console.log(u.toString())' "$1" "$2"; }
mask() { node -e 'try{const u=new URL(process.argv[1]); if(u.password)u.password="***"; console.log(u.toString())}catch{console.log("(unparseable URL)")}' "$1"; }
