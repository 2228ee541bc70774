package org.planflow.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.planflow.organization.UnitType;
import org.planflow.shared.Roles;

/**
 * Who is who in the benchmark city: 20 districts' worth of units (each 30 townships, 7 street offices and 12
 * departments; the last one department short, so that with the demo district's 21 the city has exactly 1,000 units
 * plans are issued to), ten people in each unit, and the city's leaders, supervisors and office clerks. The city is built
 * in 16 slices; slice k holds its share of the units and of everything else.
 */
final class CityNames {

    static final int SLICES = 16;
    static final int GENERATED_UNITS = 979;
    static final int UNITS_PER_DISTRICT = 49;
    static final int TOWNSHIPS_PER_DISTRICT = 30;
    static final int STREETS_PER_DISTRICT = 7;
    static final int PEOPLE_PER_UNIT = 10;
    static final String PASSWORD = "Chengshi-Ceshi-2026!";
    /** The password every city account changed to on its first login (an initial password blocks the API). */
    static final String OWN_PASSWORD = "Chengshi-Ziji-2026!";

    private static final List<String> DISTRICTS = List.of("东湖", "西山", "南江", "北岭", "中和", "青山", "白云", "金水", "长河",
            "新城", "高新", "临港", "滨海", "龙泉", "凤凰", "云台", "石桥", "柳林", "桃源", "梅岭");
    private static final List<String> DEPARTMENTS = List.of("发展改革局", "财政局", "教育局", "工业和信息化局", "民政局", "人力资源社会保障局",
            "自然资源局", "生态环境局", "住房城乡建设局", "交通运输局", "农业农村局", "市场监督管理局");

    private CityNames() {
    }

    /** A generated unit: its code, name and type. */
    record Unit(String code, String name, UnitType type) {

        /** Its people: the head first; in a department the head reviews and two draft. */
        List<Person> people() {
            List<Person> people = new ArrayList<>();
            for (int n = 1; n <= PEOPLE_PER_UNIT; n++) {
                List<String> roles = new ArrayList<>(List.of(Roles.UNIT_STAFF));
                if (type == UnitType.DEPARTMENT && n == 1) {
                    roles.add(Roles.DEPT_REVIEWER);
                }
                if (type == UnitType.DEPARTMENT && (n == 2 || n == 3)) {
                    roles.add(Roles.DRAFTER);
                }
                people.add(new Person(code + "-" + n, name + "工作人员" + n, code, roles));
            }
            return people;
        }

        String head() {
            return code + "-1";
        }

        /** The member who does the unit's work in the benchmarks (acknowledges, reports, reads). */
        String clerk() {
            return code + "-2";
        }

        String drafter() {
            return code + "-2";
        }

        String reviewer() {
            return head();
        }
    }

    record Person(String username, String displayName, String unit, List<String> roles) {
    }

    static Unit unit(int index) {
        int district = index / UNITS_PER_DISTRICT;
        int position = index % UNITS_PER_DISTRICT;
        String prefix = "c%02d".formatted(district + 1);
        String place = DISTRICTS.get(district) + "区";
        if (position < TOWNSHIPS_PER_DISTRICT) {
            int n = position + 1;
            return new Unit(prefix + "-t%02d".formatted(n), place + "第" + n + "镇", UnitType.TOWNSHIP);
        }
        if (position < TOWNSHIPS_PER_DISTRICT + STREETS_PER_DISTRICT) {
            int n = position - TOWNSHIPS_PER_DISTRICT + 1;
            return new Unit(prefix + "-s%02d".formatted(n), place + "第" + n + "街道办事处", UnitType.STREET);
        }
        int n = position - TOWNSHIPS_PER_DISTRICT - STREETS_PER_DISTRICT;
        return new Unit(prefix + "-d%02d".formatted(n + 1), place + DEPARTMENTS.get(n), UnitType.DEPARTMENT);
    }

    /** The generated units of slice {@code k} (1 to 16). */
    static List<Unit> unitsOfSlice(int k) {
        List<Unit> units = new ArrayList<>();
        for (int i = GENERATED_UNITS * (k - 1) / SLICES; i < GENERATED_UNITS * k / SLICES; i++) {
            units.add(unit(i));
        }
        return units;
    }

    /** The city's own people of slice k: two leaders, two supervisors, two office clerks. */
    static List<Person> cityPeople(int k) {
        return List.of(
                new Person("cl%02d-a".formatted(k), "市领导%02d甲".formatted(k), "leadership", List.of(Roles.LEADER)),
                new Person("cl%02d-b".formatted(k), "市领导%02d乙".formatted(k), "leadership", List.of(Roles.LEADER)),
                new Person("cs%02d-a".formatted(k), "督查员%02d甲".formatted(k), "supervision", List.of(Roles.SUPERVISOR)),
                new Person("cs%02d-b".formatted(k), "督查员%02d乙".formatted(k), "supervision", List.of(Roles.SUPERVISOR)),
                new Person("co%02d-a".formatted(k), "办公室%02d甲".formatted(k), "gov-office", List.of(Roles.OFFICE_CLERK)),
                new Person("co%02d-b".formatted(k), "办公室%02d乙".formatted(k), "gov-office", List.of(Roles.OFFICE_CLERK)));
    }

    static String leader(int k) {
        return "cl%02d-a".formatted(k);
    }

    static String supervisor(int k) {
        return "cs%02d-a".formatted(k);
    }

    static String clerk(int k) {
        return "co%02d-a".formatted(k);
    }
}
