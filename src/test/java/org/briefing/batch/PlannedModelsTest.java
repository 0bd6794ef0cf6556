package org.briefing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.briefing.load.LoadOptions;
import org.briefing.load.ModelLoader;
import org.junit.jupiter.api.Test;

/** Models kept from planning for rendering: within their share of the heap, each handed out once. */
class PlannedModelsTest {
    private static final ModelLoader LOADER = new ModelLoader(LoadOptions.defaults());
    private static final Path KYRGYZSTAN = Path.of("samples/kyrgyzstan.yaml");
    private static final Path KAZAKHSTAN = Path.of("samples/kazakhstan.yaml");

    @Test
    void keepsWhatFitsHandsEachOutOnceAndMakesRoomAsTheyAreTaken() throws Exception {
        ModelSnapshot kyrgyzstan = ModelSnapshot.load(KYRGYZSTAN, LOADER);
        ModelSnapshot kazakhstan = ModelSnapshot.load(KAZAKHSTAN, LOADER);
        long one = Math.max(PlannedModels.sizeOf(kyrgyzstan), PlannedModels.sizeOf(kazakhstan));
        PlannedModels kept = new PlannedModels(one);

        kept.keep(KYRGYZSTAN, kyrgyzstan);
        kept.keep(KAZAKHSTAN, kazakhstan); // no room left

        assertThat(kept.take(KAZAKHSTAN, kazakhstan.sha256())).isEmpty();
        assertThat(kept.take(KYRGYZSTAN, kyrgyzstan.sha256())).containsSame(kyrgyzstan.model());
        assertThat(kept.take(KYRGYZSTAN, kyrgyzstan.sha256())).isEmpty();
        kept.keep(KAZAKHSTAN, kazakhstan);
        assertThat(kept.take(KAZAKHSTAN, kazakhstan.sha256())).containsSame(kazakhstan.model());
    }

    @Test
    void aModelKeptFromOtherBytesThanThePlanNamesIsNotHandedOut() throws Exception {
        ModelSnapshot kyrgyzstan = ModelSnapshot.load(KYRGYZSTAN, LOADER);
        PlannedModels kept = new PlannedModels(Long.MAX_VALUE);
        kept.keep(KAZAKHSTAN, ModelSnapshot.load(KAZAKHSTAN, LOADER));
        kept.keep(KYRGYZSTAN, kyrgyzstan);

        assertThat(kept.take(KYRGYZSTAN, "0".repeat(64))).isEmpty();
        assertThat(kept.take(KAZAKHSTAN, kyrgyzstan.sha256())).isEmpty();
    }

    @Test
    void modelsOfPlansRefusedAfterPlanningAreForgottenAndMakeRoom() throws Exception {
        ModelSnapshot kyrgyzstan = ModelSnapshot.load(KYRGYZSTAN, LOADER);
        ModelSnapshot kazakhstan = ModelSnapshot.load(KAZAKHSTAN, LOADER);
        PlannedModels kept = new PlannedModels(PlannedModels.sizeOf(kyrgyzstan) + PlannedModels.sizeOf(kazakhstan));
        kept.keep(KYRGYZSTAN, kyrgyzstan);
        kept.keep(KAZAKHSTAN, kazakhstan);

        kept.keepOnly(java.util.Set.of(KAZAKHSTAN));

        assertThat(kept.take(KYRGYZSTAN, kyrgyzstan.sha256())).isEmpty();
        kept.keep(KYRGYZSTAN, kyrgyzstan); // the room it held is free again
        assertThat(kept.take(KYRGYZSTAN, kyrgyzstan.sha256())).containsSame(kyrgyzstan.model());
        assertThat(kept.take(KAZAKHSTAN, kazakhstan.sha256())).containsSame(kazakhstan.model());
    }

    @Test
    void aPictureCountsWithItsBytes() throws Exception {
        ModelSnapshot kazakhstan = ModelSnapshot.load(KAZAKHSTAN, LOADER);

        assertThat(PlannedModels.sizeOf(kazakhstan))
                .isGreaterThan(PlannedModels.PER_MODEL_BYTE * kazakhstan.fileBytes() + 20_000);
    }
}
