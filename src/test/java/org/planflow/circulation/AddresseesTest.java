package org.planflow.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitType;

/** The 主送 line's rules (decision 037) on a district of 6 townships, 3 street offices, 11 departments and the office. */
class AddresseesTest {

    private static final int MAX = IssuanceService.MAX_ADDRESSEES;

    private final List<OrgUnit> district = Stream.of(
            Stream.of(new OrgUnit("gov-office", "区政府办公室", UnitType.OFFICE)),
            units("d", "区第%d局", UnitType.DEPARTMENT, 11),
            units("t", "第%d镇", UnitType.TOWNSHIP, 6),
            units("s", "第%d街道办事处", UnitType.STREET, 3)).flatMap(units -> units).toList();

    @Test
    void groups_are_named_by_their_wording() {
        assertThat(Addressees.of(List.of("ALL_TOWNSHIPS", "ALL_STREETS", "ALL_DEPARTMENTS"), district, MAX))
                .isEqualTo("各乡镇人民政府、街道办事处，区政府各部门：");
        assertThat(Addressees.of(List.of("ALL_STREETS"), district, MAX)).isEqualTo("各街道办事处：");
    }

    @Test
    void a_few_single_units_keep_their_names_in_the_districts_order() {
        assertThat(Addressees.of(List.of("s1", "d2", "t3"), district, MAX)).isEqualTo("区第2局、第3镇、第1街道办事处：");
        assertThat(Addressees.of(List.of("ALL_TOWNSHIPS", "s1", "t2"), district, MAX)).as("a unit of a group goes with it")
                .isEqualTo("各乡镇人民政府，第1街道办事处：");
    }

    @Test
    void many_single_units_are_named_by_their_kinds_as_some_or_every_unit_of_it() {
        List<String> some = new ArrayList<>(List.of("t1", "t2", "s1"));
        some.addAll(codes("d", 9));
        assertThat(Addressees.of(some, district, MAX)).isEqualTo("有关乡镇人民政府、街道办事处，区政府有关部门：");

        List<String> everyTownship = new ArrayList<>(codes("t", 6));
        everyTownship.addAll(List.of("s1", "s2", "d1", "d2", "gov-office"));
        assertThat(Addressees.of(everyTownship, district, MAX)).as("the office has no kind: it keeps its name")
                .isEqualTo("各乡镇人民政府、有关街道办事处，区政府有关部门，区政府办公室：");
    }

    @Test
    void a_group_and_many_single_units_of_other_kinds() {
        List<String> recipients = new ArrayList<>(List.of("ALL_STREETS", "t1", "s2"));
        recipients.addAll(codes("d", 10));
        assertThat(Addressees.of(recipients, district, MAX)).isEqualTo("有关乡镇人民政府、各街道办事处，区政府有关部门：");
    }

    @Test
    void single_units_whose_names_would_not_fit_the_column_are_named_by_their_kinds() {
        List<OrgUnit> longNames = units("x", "区" + "很".repeat(120) + "长名称第%d局", UnitType.DEPARTMENT, 5).toList();
        List<OrgUnit> withThem = Stream.concat(district.stream(), longNames.stream()).toList();
        assertThat(Addressees.of(codes("x", 5), withThem, MAX)).isEqualTo("区政府有关部门：");
    }

    @Test
    void the_line_always_fits_its_column() {
        List<OrgUnit> offices = units("o", "区" + "很".repeat(60) + "长名称第%d办公室", UnitType.OFFICE, 20).toList();
        List<OrgUnit> withThem = Stream.concat(district.stream(), offices.stream()).toList();
        assertThat(Addressees.of(codes("o", 20), withThem, MAX)).isEqualTo("各有关单位：");
        IntStream.of(1, 10, 11, 20).forEach(count -> assertThat(Addressees.of(codes("o", count), withThem, MAX).length())
                .isLessThanOrEqualTo(MAX));
    }

    private static Stream<OrgUnit> units(String prefix, String name, UnitType type, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> new OrgUnit(prefix + n, name.formatted(n), type));
    }

    private static List<String> codes(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> prefix + n).toList();
    }
}
