# The shell reader of tests/architectures.tsv, the one table of architectures: sourced by the
# scripts in tests/, it defines
#   all_arches                      every arch, in the table's order
#   triple[arch] multiarch[arch] debarch[arch] qemu_user[arch] qemu_system_package[arch]
#   qemu_system[arch] (a command line: split it into words) console[arch] flavour[arch]
#   kernel_gens[arch] (words) also_on[arch] (a kernel arch, or empty)
# Bash only (associative arrays).
all_arches=()
declare -A triple multiarch debarch qemu_user qemu_system_package qemu_system console flavour kernel_gens also_on
while IFS=$'\t' read -r a t m d u p s c f k o; do
    [[ -z $a || $a == \#* ]] && continue
    all_arches+=("$a")
    triple[$a]=$t multiarch[$a]=$m debarch[$a]=$d qemu_user[$a]=$u qemu_system_package[$a]=$p
    qemu_system[$a]=$s console[$a]=$c flavour[$a]=$f kernel_gens[$a]=$k also_on[$a]=${o#-}
done <"$(dirname "${BASH_SOURCE[0]}")/architectures.tsv"
