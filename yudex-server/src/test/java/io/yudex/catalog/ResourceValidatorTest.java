package io.yudex.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.platform.FieldError;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResourceValidatorTest {

    static ResourceCommand valid() {
        return new ResourceCommand("全省户籍人口基本信息", ResourceClass.BASE, Library.POPULATION, "101001", null, "户籍人口基础信息。",
                FormatClass.DATABASE, "PostgreSQL",
                List.of(new DataItem("sfzhm", "公民身份号码", DataType.CHARACTER, 18, true, true, Sensitivity.SENSITIVE_PERSONAL)),
                ShareType.UNCONDITIONAL, null, null, EnumSet.of(ShareMode.INTERFACE), OpenType.NOT_OPEN, null, UpdateCycle.DAILY,
                null, List.of(), false, DataGrade.GENERAL, 3, List.of("人口"), Contact.NONE);
    }

    static List<String> fields(ResourceCommand c) {
        return ResourceValidator.validate(c).stream().map(FieldError::field).toList();
    }

    static ResourceCommand share(ShareType type, String conditions, String basis, Set<ShareMode> modes) {
        ResourceCommand v = valid();
        return new ResourceCommand(v.name(), v.resourceClass(), v.library(), v.classificationCode(), null, v.summary(), v.formatClass(),
                v.formatType(), v.items(), type, conditions, basis, modes, v.openType(), null, v.updateCycle(), null, List.of(), false,
                v.dataGrade(), v.dataGradeLevel(), v.tags(), Contact.NONE);
    }

    @Test
    void validCommand_hasNoErrors() {
        assertThat(ResourceValidator.validate(valid())).isEmpty();
    }

    @Nested
    class Sharing {

        @Test
        void conditional_needsConditions() {
            assertThat(fields(share(ShareType.CONDITIONAL, null, null, Set.of(ShareMode.FILE)))).containsExactly("shareConditions");
            assertThat(fields(share(ShareType.CONDITIONAL, "仅限依法履职", null, Set.of(ShareMode.FILE)))).isEmpty();
        }

        @Test
        void notShared_needsLegalBasis_butNoModes() {
            assertThat(fields(share(ShareType.NOT_SHARED, null, null, Set.of()))).containsExactly("shareLegalBasis");
            assertThat(fields(share(ShareType.NOT_SHARED, null, "《数据安全法》", Set.of()))).isEmpty();
        }

        @Test
        void shared_needsAMode() {
            assertThat(fields(share(ShareType.UNCONDITIONAL, null, null, Set.of()))).containsExactly("shareModes");
        }
    }

    @Nested
    class Classification {

        @ParameterizedTest
        @EnumSource(Library.class)
        void libraryMustMatchTheItemDigitsAndClass(Library library) {
            ResourceCommand v = valid();
            String code = library.resourceClass().code() + library.code() + "001";
            var c = new ResourceCommand(v.name(), library.resourceClass(), library, code, null, v.summary(), v.formatClass(), v.formatType(),
                    v.items(), v.shareType(), null, null, v.shareModes(), v.openType(), null, v.updateCycle(), null, List.of(), false,
                    v.dataGrade(), v.dataGradeLevel(), v.tags(), Contact.NONE);
            assertThat(fields(c)).isEmpty();
            var wrongDigits = new ResourceCommand(v.name(), library.resourceClass(), library, library.resourceClass().code() + "99001", null,
                    v.summary(), v.formatClass(), v.formatType(), v.items(), v.shareType(), null, null, v.shareModes(), v.openType(), null,
                    v.updateCycle(), null, List.of(), false, v.dataGrade(), v.dataGradeLevel(), v.tags(), Contact.NONE);
            assertThat(fields(wrongDigits)).containsExactly("classificationCode");
        }

        @Test
        void malformedCode_andDepartmentResourceWithLibrary_areErrors() {
            ResourceCommand v = valid();
            var c = new ResourceCommand(v.name(), ResourceClass.DEPARTMENT, Library.POPULATION, "1010", null, v.summary(), v.formatClass(),
                    v.formatType(), v.items(), v.shareType(), null, null, v.shareModes(), v.openType(), null, v.updateCycle(), null, List.of(),
                    false, v.dataGrade(), v.dataGradeLevel(), v.tags(), Contact.NONE);
            assertThat(fields(c)).contains("classificationCode", "library");
        }
    }

    @Nested
    class OpeningAndGrading {

        @Test
        void sensitivePersonalItems_cannotBeOpenedUnconditionally() {
            ResourceCommand v = valid();
            var c = new ResourceCommand(v.name(), v.resourceClass(), v.library(), v.classificationCode(), null, v.summary(), v.formatClass(),
                    v.formatType(), v.items(), v.shareType(), null, null, v.shareModes(), OpenType.UNCONDITIONAL, null, v.updateCycle(), null,
                    List.of(), false, v.dataGrade(), v.dataGradeLevel(), v.tags(), Contact.NONE);
            assertThat(fields(c)).containsExactly("openType");
        }

        @Test
        void generalDataNeedsALevel_otherGradesMustNotHaveOne() {
            ResourceCommand v = valid();
            var noLevel = new ResourceCommand(v.name(), v.resourceClass(), v.library(), v.classificationCode(), null, v.summary(),
                    v.formatClass(), v.formatType(), v.items(), v.shareType(), null, null, v.shareModes(), v.openType(), null, v.updateCycle(),
                    null, List.of(), false, DataGrade.GENERAL, 5, v.tags(), Contact.NONE);
            assertThat(fields(noLevel)).containsExactly("dataGradeLevel");
            var coreWithLevel = new ResourceCommand(v.name(), v.resourceClass(), v.library(), v.classificationCode(), null, v.summary(),
                    v.formatClass(), v.formatType(), v.items(), v.shareType(), null, null, v.shareModes(), v.openType(), null, v.updateCycle(),
                    null, List.of(), false, DataGrade.CORE, 1, v.tags(), Contact.NONE);
            assertThat(fields(coreWithLevel)).containsExactly("dataGradeLevel");
        }

        @Test
        void classified_isRefused() {
            ResourceCommand v = valid();
            var c = new ResourceCommand(v.name(), v.resourceClass(), v.library(), v.classificationCode(), null, v.summary(), v.formatClass(),
                    v.formatType(), v.items(), v.shareType(), null, null, v.shareModes(), v.openType(), null, v.updateCycle(), null, List.of(),
                    true, v.dataGrade(), v.dataGradeLevel(), v.tags(), Contact.NONE);
            assertThat(fields(c)).containsExactly("classified");
        }
    }

    @Nested
    class Items {

        @Test
        void duplicateOrMalformedNames_andMissingTypes_areReportedPerItem() {
            List<DataItem> items = new ArrayList<>();
            items.add(new DataItem("xm", "姓名", DataType.CHARACTER, 50, true, false, Sensitivity.PERSONAL));
            items.add(new DataItem("XM", "姓名2", DataType.CHARACTER, 50, false, false, Sensitivity.PERSONAL));
            items.add(new DataItem("1bad", "坏名", null, 0, false, false, null));
            ResourceCommand v = valid();
            var c = new ResourceCommand(v.name(), v.resourceClass(), v.library(), v.classificationCode(), null, v.summary(), v.formatClass(),
                    v.formatType(), items, v.shareType(), null, null, v.shareModes(), v.openType(), null, v.updateCycle(), null, List.of(),
                    false, v.dataGrade(), v.dataGradeLevel(), v.tags(), Contact.NONE);
            assertThat(fields(c)).containsExactly("items[1].name", "items[2].name", "items[2].dataType", "items[2].sensitivity", "items[2].length");
        }
    }
}
