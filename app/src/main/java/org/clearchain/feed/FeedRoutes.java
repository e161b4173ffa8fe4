package org.clearchain.feed;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.clearchain.integrations.agencyregister.AgencyRegisterRoute;
import org.clearchain.integrations.agencyregister.AgencyRegisterSink;
import org.clearchain.integrations.countryrisk.CountryRiskRoute;
import org.clearchain.integrations.countryrisk.CountryRiskSink;
import org.clearchain.integrations.entitylist.EntityListRoute;
import org.clearchain.integrations.entitylist.EntityListSink;
import org.clearchain.integrations.facilitylist.FacilityListRoute;
import org.clearchain.integrations.facilitylist.FacilityListSink;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.goodslist.GoodsListRoute;
import org.clearchain.integrations.goodslist.GoodsListSink;
import org.clearchain.integrations.inspections.InspectionsRoute;
import org.clearchain.integrations.inspections.InspectionsSink;
import org.clearchain.reference.ReferenceDataCsv;

import java.time.Clock;

/** One route bean per feed, each given its sink (implemented by the feature it writes to) and its settings. */
@Factory
class FeedRoutes {

    @Singleton
    FeedImporter feedImporter(ImportJobStore jobs, FeedSettingsFactory settings, FeedMetrics metrics) {
        return new FeedImporter(jobs, settings.limits(), settings.batchSize(), settings.batchSizes(), metrics);
    }

    @Singleton
    AgencyRegisterRoute agencyRegister(AgencyRegisterSink sink, FeedSettingsFactory settings, FeedImporter importer,
                                       FeedPullStore pulls, Clock clock) {
        return new AgencyRegisterRoute(sink, settings.settings(AgencyRegisterRoute.FEED), importer, pulls, clock);
    }

    @Singleton
    FacilityListRoute facilityList(FacilityListSink sink, FeedSettingsFactory settings, FeedImporter importer,
                                   FeedPullStore pulls, Clock clock) {
        return new FacilityListRoute(sink, settings.settings(FacilityListRoute.FEED), importer, pulls, clock);
    }

    @Singleton
    InspectionsRoute inspections(InspectionsSink sink, FeedSettingsFactory settings, FeedImporter importer,
                                 FeedPullStore pulls, Clock clock) {
        return new InspectionsRoute(sink, settings.settings(InspectionsRoute.FEED), importer, pulls, clock);
    }

    @Singleton
    GoodsListRoute goodsList(GoodsListSink sink, FeedSettingsFactory settings, FeedImporter importer,
                             FeedPullStore pulls, Clock clock) {
        return new GoodsListRoute(sink, ReferenceDataCsv::countryCode, settings.settings(GoodsListRoute.FEED), importer,
                pulls, clock);
    }

    @Singleton
    CountryRiskRoute countryRisk(CountryRiskSink sink, FeedSettingsFactory settings, FeedImporter importer,
                                 FeedPullStore pulls, Clock clock) {
        return new CountryRiskRoute(sink, ReferenceDataCsv::countryCode, settings.settings(CountryRiskRoute.FEED),
                importer, pulls, clock);
    }

    @Singleton
    EntityListRoute entityList(EntityListSink sink, FeedSettingsFactory settings, FeedImporter importer,
                               FeedPullStore pulls, Clock clock) {
        return new EntityListRoute(sink, settings.settings(EntityListRoute.FEED), importer, pulls, clock);
    }
}
