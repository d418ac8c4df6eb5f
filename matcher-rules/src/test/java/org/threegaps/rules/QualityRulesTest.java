package org.threegaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.model.ContractType;
import org.threegaps.matcher.model.DressCode;
import org.threegaps.matcher.model.NegativeExperience;
import org.threegaps.matcher.model.Support;
import org.threegaps.matcher.model.SupportOffer;
import org.threegaps.matcher.model.WorkplaceNeed;
import org.threegaps.matcher.result.Gap;
import org.threegaps.matcher.result.Kind;
import org.threegaps.matcher.result.Lever;

/** quality.drl: wage, contract against documents and stability, declared workplace needs. */
class QualityRulesTest extends RuleTestSupport {

    @Test
    void qu01_wageBelowTheCandidatesMinimumNamesBoth() {
        var amira = Fixtures.candidate().minHourlyWage(new BigDecimal("12.00")).build(); // 004 L1480
        var finding = fires("QU-01", amira, Fixtures.job().hourlyWage(new BigDecimal("11.00")).build());
        assertThat(finding.kind()).isEqualTo(Kind.PENALTY);
        assertThat(finding.points()).isEqualTo(15);
        assertThat(finding.levers()).containsExactly(Lever.WAGE);
        assertThat(nl(finding)).isEqualTo("Het loon is 11 euro per uur, onder de 12 euro per uur die de kandidaat nodig heeft.");
        assertThat(en(finding)).isEqualTo("The wage is 11 euro an hour, below the 12 euro an hour the candidate needs.");
    }

    @Test
    void qu01_silentWhenTheWageEqualsTheMinimum() {
        silent("QU-01", Fixtures.candidate().minHourlyWage(new BigDecimal("14.5")).build(), Fixtures.job().build());
    }

    @Test
    void qu02_unknownWageIsInformationNotAPenalty() {
        var finding = fires("QU-02", Fixtures.candidate().build(), Fixtures.job().hourlyWage(null).build());
        assertThat(finding.kind()).isEqualTo(Kind.INFORMATION);
        assertThat(nl(finding)).isEqualTo("Het loon kan niet vergeleken worden: uurloon van de job ontbreekt.");
        assertThat(en(finding)).isEqualTo("The wage cannot be compared: the job's hourly wage is missing.");
        silent("QU-01", Fixtures.candidate().build(), Fixtures.job().hourlyWage(null).build());
    }

    @Test
    void qu02_silentWhenBothAreKnown() {
        silent("QU-02", Fixtures.candidate().build(), Fixtures.job().build());
    }

    @Test
    void qu03_documentsThatAllowOnlyInterimBlockAPermanentContract() {
        var interimOnly = Fixtures.candidate().documentsAllow(EnumSet.of(ContractType.INTERIM)).build();
        var finding = fires("QU-03", interimOnly, Fixtures.job().build());
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.levers()).containsExactly(Lever.CONTRACT, Lever.DOCUMENTS_RENEWAL);
        assertThat(nl(finding)).isEqualTo("De verblijfsdocumenten van de kandidaat laten dit contract niet toe (vast contract).");
        assertThat(en(finding)).startsWith("The candidate's residence documents do not allow this contract (");
    }

    @Test
    void qu03_silentWhenTheDocumentsAreUnknown() {
        silent("QU-03", Fixtures.candidate().documentsAllow(null).build(), Fixtures.job().build());
    }

    @Test
    void qu04_interimWithoutPerspectiveForACandidateWhoNeedsStability() {
        var stable = Fixtures.candidate().requiresStableContract(true).build();
        var interim = Fixtures.job().contract(ContractType.INTERIM).pathToPermanent(false).build();
        var finding = fires("QU-04", stable, interim);
        assertThat(finding.gap()).isEqualTo(Gap.SEARCH);
        assertThat(finding.points()).isEqualTo(10);
        assertThat(nl(finding)).startsWith("Tijdelijk werk (interim) zonder perspectief op een vast contract");
        assertThat(en(finding)).startsWith("Temporary work (");
    }

    @Test
    void qu04_badExperiencesWithInterimCountAsANeedForStability() {
        var rob = Fixtures.candidate().negativeExperiences(Set.of(NegativeExperience.INTERIM_PAY_OR_HOURS_ERRORS)).build(); // 004 L1194-1197
        fires("QU-04", rob, Fixtures.job().contract(ContractType.FIXED_TERM).pathToPermanent(false).build());
    }

    @Test
    void qu04_silentWhenThePathToPermanentIsUnknown() {
        var stable = Fixtures.candidate().requiresStableContract(true).build();
        silent("QU-04", stable, Fixtures.job().contract(ContractType.INTERIM).pathToPermanent(null).build());
    }

    @Test
    void qu05_aPermanentContractAnswersTheNeedForStability() {
        var finding = fires("QU-05", Fixtures.candidate().requiresStableContract(true).build(), Fixtures.job().build());
        assertThat(finding.kind()).isEqualTo(Kind.BONUS);
        assertThat(finding.points()).isEqualTo(5);
        assertThat(nl(finding)).isEqualTo("Een vast contract: de zekerheid die de kandidaat zoekt.");
        assertThat(en(finding)).isEqualTo("A permanent contract: the stability the candidate looks for.");
    }

    @Test
    void qu05_silentWhenStabilityWasNotAsked() {
        silent("QU-05", Fixtures.candidate().build(), Fixtures.job().build());
    }

    @Test
    void qu06_aStrictUniformBlocksHeadwear() {
        var zainab = Fixtures.candidate().workplaceNeeds(Set.of(WorkplaceNeed.HEADWEAR)).build(); // 004 L1336-1344
        var finding = fires("QU-06", zainab, Fixtures.job().dressCode(DressCode.STRICT_UNIFORM).build());
        assertThat(finding.kind()).isEqualTo(Kind.BLOCKER);
        assertThat(finding.levers()).containsExactly(Lever.INCLUSIVE_UNIFORM);
        assertThat(nl(finding)).isEqualTo("De kandidaat draagt een hoofddeksel; het strikte uniform van de werkgever laat dat niet toe.");
        assertThat(en(finding)).isEqualTo("The candidate wears headwear; the employer's strict uniform does not allow it.");
    }

    @Test
    void qu06_silentWithAnInclusiveUniform() {
        var zainab = Fixtures.candidate().workplaceNeeds(Set.of(WorkplaceNeed.HEADWEAR)).build();
        silent("QU-06", zainab, Fixtures.job().dressCode(DressCode.INCLUSIVE_UNIFORM).build());
    }

    @Test
    void qu07_oneBonusPerDeclaredNeedTheWorkplaceMeets() {
        var both = Fixtures.candidate().workplaceNeeds(Set.of(WorkplaceNeed.HEADWEAR, WorkplaceNeed.PRAYER_BREAKS)).build();
        var job = Fixtures.job().dressCode(DressCode.INCLUSIVE_UNIFORM)
                .supports(new SupportOffer(Set.of(Support.PRAYER_BREAKS), Set.of(), 0, null)).build();
        var finding = fires("QU-07", both, job);
        assertThat(finding.points()).isEqualTo(5);
        var result = match(both, job);
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("QU-07")).extracting(f -> nl(f))
                .containsExactlyInAnyOrder("De werkplek laat toe wat de kandidaat vroeg (hoofddeksel).",
                        "De werkplek laat toe wat de kandidaat vroeg (gebedspauzes).");
        assertThat(en(finding)).startsWith("The workplace allows what the candidate asked for (");
    }

    @Test
    void qu07_silentWhenTheWorkplaceDoesNotStateTheNeed() {
        var zainab = Fixtures.candidate().workplaceNeeds(Set.of(WorkplaceNeed.HEADWEAR, WorkplaceNeed.PRAYER_BREAKS)).build();
        silent("QU-07", zainab, Fixtures.job().build());
    }
}
