# Shared by the scripts: load .env when present, then apply the documented defaults (.env.example).
if [ -f .env ]; then set -a; . ./.env; set +a; fi
export DATABASE_URL="${DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/haven}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
derive_db() { node -e 'const u=new URL(process.argv[1]); u.pathname="/"+process.argv[2]; console.log(u.toString())' "$1" "$2"; }
mask() { node -e 'try{const u=new URL(process.argv[1]); if(u.password)u.password="***"; console.log(u.toString())}catch{console.log("(unparseable URL)")}' "$1"; }
